import { mountPopup } from '@/components/popup/mount-popup';

mountPopup(document.getElementById('root')!);
