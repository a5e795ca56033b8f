import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n';

/** Shows what went wrong and what to do instead of a blank page. Board content is safe on the relay. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('notevote crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="page">
        <section className="landing" role="alert">
          <p>{i18n.t('errors.generic', { message: this.state.error.message })}</p>
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            {i18n.t('errors.reload')}
          </button>
        </section>
      </main>
    );
  }
}
