import { Image, Title3, makeStyles, tokens } from "@fluentui/react-components";

export interface HeaderProps {
  title: string;
  logo: string;
}

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
  },
});

export default function Header({ title, logo }: HeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Image src={logo} alt="" width={32} height={32} />
      <Title3 as="h1" className={styles.title}>
        {title}
      </Title3>
    </header>
  );
}
