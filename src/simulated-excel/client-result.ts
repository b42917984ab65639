import { valueNotLoaded } from "./errors";

/** Like `OfficeExtension.ClientResult<T>`: `value` is available after the next sync. */
export class SimClientResult<T> {
  private result: { value: T } | undefined;

  get value(): T {
    if (!this.result) throw valueNotLoaded();
    return this.result.value;
  }

  /** @internal */
  _set(value: T): void {
    this.result = { value };
  }

  toJSON(): unknown {
    return this.result?.value;
  }
}
