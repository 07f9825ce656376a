import { ReaderPreferences } from '../components/ReaderPreferences';
import { textSizePreference, themePreference, usePreference } from './readerPreferenceStore';

/** The "Darstellung" menu wired to the reader's saved preferences (localStorage, <html>, caches). */
export function ReaderPreferencesContainer() {
  const [theme, setTheme] = usePreference(themePreference);
  const [textSize, setTextSize] = usePreference(textSizePreference);
  return (
    <ReaderPreferences
      theme={theme}
      textSize={textSize}
      onThemeChange={setTheme}
      onTextSizeChange={setTextSize}
    />
  );
}
