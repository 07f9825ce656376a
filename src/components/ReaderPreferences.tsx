import { useEffect, useRef, useState } from 'react';
import styles from './ReaderPreferences.module.css';
import { textSizes, themes, type TextSize, type Theme } from '../site/readerPreferences';
import {
  speechRateLabel,
  speechRates,
  useSpeechRate,
  type SpeechRate,
} from './speechRatePreference';
import { useGermanVoice } from './useGermanVoice';

const toggleLabel = 'Darstellung';
const themeLabels: Record<Theme, string> = { light: 'Hell', dark: 'Dunkel', system: 'System' };
const speechRateLabels = Object.fromEntries(
  speechRates.map((rate) => [rate, speechRateLabel(rate)]),
) as Record<SpeechRate, string>;
const textSizeLabels: Record<TextSize, string> = {
  small: 'Klein',
  normal: 'Normal',
  large: 'Gross',
};

type ChoiceGroupProps<T extends string> = {
  id: string;
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
};

function ChoiceGroup<T extends string>({
  id,
  label,
  options,
  labels,
  value,
  onChange,
}: ChoiceGroupProps<T>) {
  return (
    <div className={styles.group} role="group" aria-labelledby={id}>
      <span className={styles.groupLabel} id={id}>
        {label}
      </span>
      <div className={styles.choices}>
        {options.map((option) => (
          <button
            key={option}
            type="button"
            className={styles.choice}
            aria-pressed={option === value}
            onClick={() => onChange(option)}
          >
            {labels[option]}
          </button>
        ))}
      </div>
    </div>
  );
}

type ReaderPreferencesProps = {
  theme: Theme;
  textSize: TextSize;
  onThemeChange: (theme: Theme) => void;
  onTextSizeChange: (textSize: TextSize) => void;
};

/** The "Darstellung" menu in the header: colour theme and text size. */
export function ReaderPreferences({
  theme,
  textSize,
  onThemeChange,
  onTextSizeChange,
}: ReaderPreferencesProps) {
  const [speechRate, setSpeechRate] = useSpeechRate();
  // The speed of "Vorlesen" only where the device can read German aloud.
  const canReadAloud = useGermanVoice() !== null;
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggleRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div className={styles.root} ref={rootRef} data-needs-js>
      {/*
       * No children: icon and label come from the stylesheet the page carries, so the button
       * has its full width in the first paint even when the browser paints a page it has only
       * partly parsed (a label parsed after its icon widened the button and moved it).
       */}
      <button
        ref={toggleRef}
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls="darstellung"
        aria-label={toggleLabel}
        data-label={toggleLabel}
        onClick={() => setOpen((o) => !o)}
      />
      <div className={styles.panel} id="darstellung" hidden={!open}>
        <ChoiceGroup
          id="darstellung-farbschema"
          label="Farbschema"
          options={themes}
          labels={themeLabels}
          value={theme}
          onChange={onThemeChange}
        />
        <ChoiceGroup
          id="darstellung-schriftgroesse"
          label="Schriftgrösse"
          options={textSizes}
          labels={textSizeLabels}
          value={textSize}
          onChange={onTextSizeChange}
        />
        {canReadAloud && (
          <ChoiceGroup
            id="darstellung-vorlesetempo"
            label="Vorlesetempo"
            options={speechRates}
            labels={speechRateLabels}
            value={speechRate}
            onChange={setSpeechRate}
          />
        )}
      </div>
    </div>
  );
}
