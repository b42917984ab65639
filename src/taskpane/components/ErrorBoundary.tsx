import { Component, type ErrorInfo as ReactErrorInfo, type ReactNode } from "react";
import { STRINGS, type Locale } from "../i18n";
import { describeError } from "../errors";
import { CrashMessage } from "./CrashMessage";

interface Props {
  locale: Locale;
  children: ReactNode;
}

interface State {
  error?: unknown;
}

/** Never a blank pane: a render error shows a message with a reload button instead. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ReactErrorInfo): void {
    console.error("WSP Monitor: the task pane failed to render", error, info.componentStack);
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    const t = STRINGS[this.props.locale];
    return <CrashMessage info={describeError(this.state.error, t, "crash")} locale={this.props.locale} />;
  }
}
