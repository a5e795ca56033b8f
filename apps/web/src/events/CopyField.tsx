import { useTranslation } from 'react-i18next';
import { copyText } from '../ui/copy-text';

export interface CopyFieldProps {
  /** The label shown above the field. */
  label: string;
  /** The field's accessible name (the label with what it belongs to, e.g. the team). */
  fieldLabel: string;
  /** The copy button's accessible name. */
  copyLabel: string;
  value: string;
  testId: string;
  /** Told whether the text was copied (else it is left selected, to copy by hand). */
  onCopied: (copied: boolean) => void;
}

/** A link to hand out: read-only, selected on focus, with a Copy button that works on plain http:// too. */
export function CopyField({ label, fieldLabel, copyLabel, value, testId, onCopied }: CopyFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="copy-field">
      <span className="copy-field-label" aria-hidden="true">
        {label}
      </span>
      <span className="link-row">
        <input
          readOnly
          value={value}
          aria-label={fieldLabel}
          data-testid={testId}
          dir="ltr"
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          aria-label={copyLabel}
          title={copyLabel}
          onClick={(event) => {
            const field = event.currentTarget.closest('.link-row')?.querySelector('input') ?? null;
            void copyText(value, field).then(onCopied);
          }}
        >
          {t('events.organiser.copy')}
        </button>
      </span>
    </div>
  );
}
