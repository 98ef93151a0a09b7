// Errors thrown while React renders a document. react-pdf's renderer swallows them and fails later with
// "Cannot read properties of null"; this boundary keeps the error itself so the command can print it.
import { Component, type ReactNode } from 'react';

export interface ErrorHolder {
  error: Error | null;
}

interface CatchRenderErrorProps {
  holder: ErrorHolder;
  children?: ReactNode;
}

export class CatchRenderError extends Component<CatchRenderErrorProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error) {
    this.props.holder.error ??= error;
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
