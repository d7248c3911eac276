export type Device = 'desktop' | 'phone';

/** "Desktop / Phone": two pressed-state buttons, so the choice is announced as on or off. */
export function DeviceToggle({ device, onChange }: { device: Device; onChange: (device: Device) => void }) {
  return (
    <fieldset className="device-toggle">
      <legend className="visually-hidden">Show the preview on</legend>
      {(['desktop', 'phone'] as const).map((option) => (
        <button
          key={option}
          type="button"
          className="button button--secondary device-toggle__option"
          aria-pressed={device === option}
          onClick={() => onChange(option)}
        >
          {option === 'desktop' ? 'Desktop' : 'Phone'}
        </button>
      ))}
    </fieldset>
  );
}
