import { Combobox, Field, Input, Option, type FieldProps } from '@fluentui/react-components';

export interface FolderFieldProps {
  label: string;
  value: string;
  /** The folders the last successful test listed; none before a test, and the field is plain text. */
  serverFolders: readonly string[] | undefined;
  fieldProps: Partial<FieldProps>;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/** Folders shown while typing: the server's list narrowed to what was typed, all of it when the value is one of them. */
function offered(folders: readonly string[], value: string): readonly string[] {
  if (folders.includes(value)) return folders;
  const typed = value.trim().toLowerCase();
  return typed === '' ? folders : folders.filter((folder) => folder.toLowerCase().includes(typed));
}

/**
 * A processing folder: free text, and after a test a combobox offering the server's folders, so the
 * exact name (with its namespace prefix and umlauts) is picked instead of retyped.
 */
export function FolderField({ label, value, serverFolders, fieldProps, onChange, onBlur }: FolderFieldProps) {
  return (
    <Field label={label} required {...fieldProps}>
      {serverFolders && serverFolders.length > 0 ? (
        <Combobox
          freeform
          value={value}
          selectedOptions={serverFolders.includes(value) ? [value] : []}
          onChange={(event) => onChange(event.target.value)}
          onOptionSelect={(_event, data) => {
            if (data.optionValue !== undefined) onChange(data.optionValue);
          }}
          onBlur={onBlur}
        >
          {offered(serverFolders, value).map((folder) => (
            <Option key={folder} value={folder}>
              {folder}
            </Option>
          ))}
        </Combobox>
      ) : (
        <Input value={value} onChange={(_event, data) => onChange(data.value)} onBlur={onBlur} />
      )}
    </Field>
  );
}
