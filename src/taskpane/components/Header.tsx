import { Image, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface HeaderProps {
  title: string;
  logo: string;
  /** Shown under the title bar, inside the page header (the preview's banner). */
  children?: ReactNode;
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
  },
});

export default function Header({ title, logo, children }: HeaderProps) {
  const styles = useStyles();
  return (
    <header>
      <div className={styles.bar}>
        <Image src={logo} alt="" width={24} height={24} />
        <Subtitle2 as="h1" className={styles.title}>
          {title}
        </Subtitle2>
      </div>
      {children}
    </header>
  );
}
