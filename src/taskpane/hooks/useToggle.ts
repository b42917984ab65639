import { useCallback, useState } from "react";

/** A boolean the user flips (details shown, a section open). */
export function useToggle(initial = false): [boolean, () => void, (value: boolean) => void] {
  const [on, setOn] = useState(initial);
  const flip = useCallback(() => setOn((v) => !v), []);
  return [on, flip, setOn];
}
