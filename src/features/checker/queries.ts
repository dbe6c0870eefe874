export { authorisationsQuery } from '@/shared/api/authorisations';
