import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Keyboard20Regular } from '@fluentui/react-icons';
import { PAGE_HELP, type HelpPage } from '../../../shared/help-links';
import { useI18n } from '../i18n';
import { HelpLinks } from './HelpLinks';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  paragraph: { margin: 0 },
  action: { whiteSpace: 'nowrap' },
});

export interface HelpDialogProps {
  page: HelpPage;
  onShortcuts: () => void;
  onClose: () => void;
}

/** F1: what the page shown is for and how to use it, with the Microsoft documentation it relies on. */
export function HelpDialog({ page, onShortcuts, onClose }: HelpDialogProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const help = PAGE_HELP[page];
  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(help.title)}</DialogTitle>
          <DialogContent className={styles.content}>
            {help.paragraphs.map((paragraph) => (
              <Text as="p" key={paragraph} className={styles.paragraph}>
                {t(paragraph)}
              </Text>
            ))}
            <HelpLinks topics={help.topics} />
          </DialogContent>
          <DialogActions>
            <Button icon={<Keyboard20Regular />} onClick={onShortcuts} className={styles.action}>
              {t('help.shortcuts.title')}
            </Button>
            <Button appearance="primary" onClick={onClose}>
              {t('help.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
