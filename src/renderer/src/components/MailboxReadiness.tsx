import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { FolderAdd20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { FolderCheck, MailboxSummary, StageStatus } from '../../../shared/connection-test';
import { folderProblemOf, folderStateOf } from '../../../shared/readiness-text';
import { useI18n } from '../i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { MarkedList } from './MarkedList';
import { StatusIcon } from './StatusIcon';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  detail: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});

function statusOf(folder: FolderCheck): StageStatus {
  return folder.selectable ? 'ok' : 'failed';
}

export interface MailboxReadinessProps {
  mailbox: MailboxSummary;
  server: string;
  /** Runs the test again, creating the missing folders; only offered after the user confirmed. */
  onCreateFolders: () => void;
}

/** Is the mailbox ready for document processing: its three folders, and what arrived lately. */
export function MailboxReadiness({ mailbox, server, onCreateFolders }: MailboxReadinessProps) {
  const styles = useStyles();
  const { t, tPlural } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const missing = mailbox.processingFolders.filter((folder) => !folder.exists && folder.role !== 'inbox');
  const detailOf = (folder: FolderCheck): string =>
    t(`readiness.folder.${folderStateOf(folder)}`, { problem: folderProblemOf(folder) });
  const preview = mailbox.preview;
  return (
    <section className={styles.panel} aria-label={t('readiness.label')}>
      <Text weight="semibold">{t('readiness.label')}</Text>
      <MarkedList
        label={t('readiness.folders')}
        items={mailbox.processingFolders.map((folder) => ({
          key: folder.role,
          marker: <StatusIcon status={statusOf(folder)} />,
          title: (
            <Text>
              <Text weight="semibold">{t(`readiness.role.${folder.role}`)}:</Text> {folder.path}
            </Text>
          ),
          detail: detailOf(folder),
        }))}
      />
      {preview ? (
        <Text>
          {tPlural('readiness.preview', preview.messages, {
            days: preview.days,
            documents: preview.withDocuments,
            pdf: preview.pdf,
            xml: preview.xml,
          })}
          {preview.examined < preview.messages
            ? ` ${t('readiness.preview.newest', { examined: preview.examined })}`
            : ''}
        </Text>
      ) : (
        <Text className={styles.detail}>
          {t('readiness.preview.unavailable', { problem: mailbox.previewProblem ?? '' })}
        </Text>
      )}
      {missing.length > 0 ? (
        <div>
          <Button icon={<FolderAdd20Regular />} onClick={() => setConfirming(true)}>
            {t('readiness.create')}
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('confirm.createFolders.title')}
        body={t('confirm.createFolders.body', { folders: missing.map((folder) => folder.path).join(', '), server })}
        confirmLabel={t('confirm.createFolders.confirm')}
        cancelLabel={t('confirm.cancel')}
        onConfirm={() => {
          setConfirming(false);
          onCreateFolders();
        }}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
