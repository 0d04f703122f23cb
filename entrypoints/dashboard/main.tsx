import { mountDashboard } from '@/components/dashboard/mount';

mountDashboard(document.getElementById('root')!);
