import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Checkmark16Regular, Copy16Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { Message } from '../../../shared/i18n/message';
import { getApi } from '../api';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  lines: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  block: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  code: {
    flexGrow: 1,
    margin: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
});

/**
 * The PowerShell a hint asks for, each line in a code block with its own Copy button: the admin
 * pastes it into Exchange Online PowerShell instead of retyping IDs. A plain button, so Tab reaches
 * it and Enter or Space copies; it is described by its line, and a status line says what was copied.
 */
export function PowerShellLines({ lines }: { lines: readonly Message[] }) {
  const styles = useStyles();
  const { t, tMessage } = useI18n();
  const [copied, setCopied] = useState<number>();
  const idPrefix = useId();
  if (lines.length === 0) return null;
  const copy = async (index: number, text: string) => {
    const reply = await getApi().copyText(text);
    setCopied(reply.ok ? index : undefined);
  };
  return (
    <div className={styles.lines} role="group" aria-label={t('report.powershell.label')}>
      <Text size={200}>{t('report.powershell.intro')}</Text>
      {lines.map((line, index) => {
        const text = tMessage(line);
        return (
          <div key={index} className={styles.block}>
            <pre id={`${idPrefix}-${index}`} className={styles.code} data-powershell>
              <code>{text}</code>
            </pre>
            <Button
              size="small"
              icon={copied === index ? <Checkmark16Regular /> : <Copy16Regular />}
              aria-describedby={`${idPrefix}-${index}`}
              onClick={() => void copy(index, text)}
            >
              {copied === index ? t('report.powershell.copied') : t('report.powershell.copy')}
            </Button>
          </div>
        );
      })}
      <Text size={200} role="status">
        {copied === undefined ? '' : t('report.powershell.copiedLine', { line: copied + 1 })}
      </Text>
    </div>
  );
}
