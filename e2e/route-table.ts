/** Every route of the app, per demo account, with the page heading it shows in English. */
export interface RouteCase {
  path: string;
  heading: string | RegExp;
}

const sellerRoutes = (shop: string, listing: string, complaint: string, penalty: string): RouteCase[] => [
  { path: '/', heading: `${shop}: account standing` },
  { path: '/listings', heading: 'Listings' },
  { path: `/listings/${listing}`, heading: /\S/ },
  { path: '/checker', heading: 'Pre-publish checker' },
  { path: '/strikes', heading: 'Strikes and points' },
  { path: `/strikes/${penalty}`, heading: /\S/ },
  { path: '/complaints', heading: 'IP complaints' },
  { path: `/complaints/${complaint}`, heading: /^Complaint from / },
  { path: '/policies', heading: 'Policies' },
  { path: '/policies/product-listing-policy', heading: 'Product Listing Policy' },
  { path: '/rules', heading: 'Checker rules' },
  { path: '/notifications', heading: 'Notifications' },
  { path: '/authorisations', heading: 'Brand authorisations' },
];

export const ACCOUNTS: Record<string, RouteCase[]> = {
  'seller-good': sellerRoutes('Maple & Thread', 'lst-mt-00001', 'cmp-mt-01', 'pen-mt-02'),
  'seller-at-risk': sellerRoutes('Volna Trade', 'lst-vt-00001', 'cmp-vt-01', 'pen-vt-08'),
  'seller-large': sellerRoutes('MegaMart Direct', 'lst-mm-00001', 'cmp-mm-01', 'pen-mm-04'),
  reviewer: [
    { path: '/review', heading: 'Review queue' },
    { path: '/appeals', heading: 'Appeals' },
    { path: '/review/rev-cmp-vt-01', heading: /complaint by Rolex SA/ },
    { path: '/review/rev-auth-vt-01', heading: /Brand authorisation: Xiaomi/ },
    { path: '/complaints', heading: 'IP complaints' },
    { path: '/complaints/cmp-vt-03', heading: 'Complaint from Nord Distribution LLC' },
    { path: '/audit', heading: 'Audit log' },
    { path: '/policies', heading: 'Policies' },
    { path: '/policies/terms-of-use', heading: /Terms of Use/ },
    { path: '/rules', heading: 'Checker rules' },
  ],
};
