import { mountDashboard } from '@/components/dashboard/mount-dashboard';

mountDashboard(document.getElementById('root')!);
