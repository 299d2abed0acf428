import {
  Add20Regular,
  ArrowClockwise20Regular,
  ArrowExportUp20Regular,
  ArrowImport20Regular,
  ArrowUndo20Regular,
  Copy20Regular,
  Delete20Regular,
  Dismiss20Regular,
  DocumentBulletList20Regular,
  DocumentCopy20Regular,
  DocumentSave20Regular,
  PlugConnected20Regular,
  Save20Regular,
  Search20Regular,
  TaskListLtr20Regular,
  type FluentIcon,
} from '@fluentui/react-icons';
import type { CommandIcon } from '../../../shared/commands';

/** The table names icons (shared with main, which has no React); the ribbon draws them from here. */
export const COMMAND_ICONS: Readonly<Record<CommandIcon, FluentIcon>> = {
  Add20Regular,
  ArrowClockwise20Regular,
  ArrowExportUp20Regular,
  ArrowImport20Regular,
  ArrowUndo20Regular,
  Copy20Regular,
  Delete20Regular,
  Dismiss20Regular,
  DocumentBulletList20Regular,
  DocumentCopy20Regular,
  DocumentSave20Regular,
  PlugConnected20Regular,
  Save20Regular,
  Search20Regular,
  TaskListLtr20Regular,
};
