import { Button, Input } from '@fluentui/react-components';
import { Eye20Regular, EyeOff20Regular } from '@fluentui/react-icons';
import { useState } from 'react';

export interface SecretInputProps {
  value: string;
  onChange: (value: string) => void;
  showLabel: string;
  hideLabel: string;
}

/**
 * A masked field for what is typed now (a password, a client secret), with a button that shows it
 * while the user checks their typing. A stored secret is never put here: the window does not have it.
 */
export function SecretInput({ value, onChange, showLabel, hideLabel }: SecretInputProps) {
  const [visible, setVisible] = useState(false);
  return (
    <Input
      type={visible ? 'text' : 'password'}
      value={value}
      onChange={(_e, data) => onChange(data.value)}
      autoComplete="new-password"
      contentAfter={
        <Button
          appearance="transparent"
          size="small"
          icon={visible ? <EyeOff20Regular /> : <Eye20Regular />}
          aria-label={visible ? hideLabel : showLabel}
          aria-pressed={visible}
          onClick={() => setVisible(!visible)}
        />
      }
    />
  );
}
