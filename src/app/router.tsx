import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserRouter,
  redirect,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunction,
} from 'react-router';
import { authorisationsQuery } from '@/shared/api/authorisations';
import { notificationsQuery } from '@/features/notifications/queries';
import { accountsQuery } from '@/features/session/queries';
import { safeNext } from '@/features/session/safe-next';
import { setAccountId } from '@/shared/api/identity';
import { ruleModesQuery } from '@/shared/api/rule-modes';
import type { TitleKey } from './messages';
import { AppLayout, BootScreen } from './layout/app-layout';
import { NotFoundPage, RootError, RouteError } from './routes/errors';
import { guarded, rootLoader } from './routes/guards';

/**
 * Each feature's query options come with its page, not with the app: the first page loads only its own. The
 * route's component chunk imports the same module, so by the time the loader asks, it is usually there.
 */
const audit = () => import('@/features/audit/queries');
const complaints = () => import('@/features/complaints/queries');
const listings = () => import('@/features/listings/queries');
const overview = () => import('@/features/overview/queries');
const penalties = () => import('@/features/penalties/queries');
const policies = () => import('@/features/policies/queries');
const review = () => import('@/features/review/queries');

const param = (args: LoaderFunctionArgs, name: string) => args.params[name] ?? '';

/** For pages whose query string only filters what is already loaded (search, what-if). */
const onlyPathChanges: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate;
const search = (args: LoaderFunctionArgs) => new URL(args.request.url).searchParams;

/** A route's handle names its page title; the layout shows it in the interface language. */
export interface RouteHandle {
  title: TitleKey;
}

/** The URL table. Loaders check the role and warm the query cache; pages then read it without spinners. */
export function createAppRouter(queryClient: QueryClient) {
  const q = queryClient;
  return createBrowserRouter([
    {
      path: '/sign-in',
      handle: { title: 'signIn' } satisfies RouteHandle,
      errorElement: <RootError />,
      HydrateFallback: BootScreen,
      loader: async ({ request }) => {
        const params = new URL(request.url).searchParams;
        const as = params.get('as');
        if (as) {
          setAccountId(as);
          q.clear();
          throw redirect(safeNext(params.get('next')));
        }
        await q.ensureQueryData(accountsQuery());
        return null;
      },
      lazy: { Component: async () => (await import('@/features/session/sign-in-page')).SignInPage },
    },
    {
      id: 'root',
      path: '/',
      loader: rootLoader(q),
      Component: AppLayout,
      errorElement: <RootError />,
      HydrateFallback: BootScreen,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              index: true,
              handle: { title: 'overview' } satisfies RouteHandle,
              loader: guarded(q, 'any', async (_args, account) => {
                if (account.role === 'reviewer') throw redirect('/review');
                const { sellerQuery } = await overview();
                await Promise.all([
                  q.ensureQueryData(sellerQuery(account.sellerId ?? '')),
                  q.ensureQueryData(authorisationsQuery()),
                ]);
              }),
              lazy: { Component: async () => (await import('./routes/home-route')).HomeRoute },
            },
            {
              path: 'listings',
              handle: { title: 'listings' } satisfies RouteHandle,
              loader: guarded(q, 'seller', async (a) => {
                const { listingsQuery, listingQueryFromSearch } = await listings();
                return q.ensureQueryData({
                  ...listingsQuery(listingQueryFromSearch(search(a))),
                  revalidateIfStale: true,
                });
              }),
              lazy: {
                Component: async () => (await import('@/features/listings/listings-page')).ListingsPage,
              },
            },
            {
              path: 'listings/:id',
              handle: { title: 'listing' } satisfies RouteHandle,
              loader: guarded(q, 'seller', async (a) => {
                const { listingQuery } = await listings();
                return Promise.all([
                  q.ensureQueryData({ ...listingQuery(param(a, 'id')), revalidateIfStale: true }),
                  q.ensureQueryData(authorisationsQuery()),
                  q.ensureQueryData(ruleModesQuery()),
                ]);
              }),
              lazy: {
                Component: async () => (await import('./routes/listing-detail-route')).ListingDetailRoute,
              },
            },
            {
              path: 'checker',
              handle: { title: 'checker' } satisfies RouteHandle,
              loader: guarded(q, 'seller', () =>
                Promise.all([q.ensureQueryData(authorisationsQuery()), q.ensureQueryData(ruleModesQuery())]),
              ),
              lazy: { Component: async () => (await import('./routes/checker-route')).CheckerRoute },
            },
            {
              path: 'strikes',
              handle: { title: 'strikes' } satisfies RouteHandle,
              loader: guarded(q, 'seller', async () => {
                const [{ penaltiesQuery, appealsQuery }, { complaintsQuery }] = await Promise.all([
                  penalties(),
                  complaints(),
                ]);
                return Promise.all([
                  q.ensureQueryData(penaltiesQuery()),
                  q.ensureQueryData(appealsQuery()),
                  q.ensureQueryData(complaintsQuery()),
                ]);
              }),
              // The what-if only changes the query string: nothing to load again.
              shouldRevalidate: onlyPathChanges,
              lazy: { Component: async () => (await import('./routes/strikes-route')).StrikesRoute },
            },
            {
              path: 'strikes/:id',
              handle: { title: 'penalty' } satisfies RouteHandle,
              loader: guarded(q, 'seller', async () => {
                const { penaltiesQuery, appealsQuery } = await penalties();
                return Promise.all([q.ensureQueryData(penaltiesQuery()), q.ensureQueryData(appealsQuery())]);
              }),
              lazy: { Component: async () => (await import('./routes/penalty-route')).PenaltyRoute },
            },
            {
              path: 'complaints',
              handle: { title: 'complaints' } satisfies RouteHandle,
              loader: guarded(q, 'any', async (_a, account) => {
                const { complaintsQuery, shopsQuery } = await complaints();
                if (account.role === 'reviewer') void q.prefetchQuery(shopsQuery());
                return q.ensureQueryData(complaintsQuery());
              }),
              lazy: { Component: async () => (await import('./routes/complaints-route')).ComplaintsRoute },
            },
            {
              path: 'complaints/:id',
              handle: { title: 'complaint' } satisfies RouteHandle,
              loader: guarded(q, 'any', async (a, account) => {
                const { complaintQuery, shopsQuery } = await complaints();
                if (account.role === 'reviewer') void q.prefetchQuery(shopsQuery());
                return q.ensureQueryData(complaintQuery(param(a, 'id')));
              }),
              lazy: {
                Component: async () => (await import('./routes/complaint-detail-route')).ComplaintDetailRoute,
              },
            },
            {
              path: 'policies',
              handle: { title: 'policies' } satisfies RouteHandle,
              loader: guarded(q, 'any', async () => q.ensureQueryData((await policies()).policiesQuery())),
              shouldRevalidate: onlyPathChanges,
              lazy: {
                Component: async () => (await import('@/features/policies/policies-page')).PoliciesPage,
              },
            },
            {
              path: 'rules',
              handle: { title: 'rules' } satisfies RouteHandle,
              loader: guarded(q, 'any', async (_a, account) => {
                const { rulesQuery, ruleStatsQuery } = await policies();
                return Promise.all([
                  q.ensureQueryData(rulesQuery()),
                  q.ensureQueryData({ ...ruleModesQuery(), revalidateIfStale: true }),
                  account.role === 'reviewer'
                    ? q.ensureQueryData({ ...ruleStatsQuery(), revalidateIfStale: true })
                    : null,
                ]);
              }),
              shouldRevalidate: onlyPathChanges,
              lazy: { Component: async () => (await import('./routes/rules-route')).RulesRoute },
            },
            {
              path: 'policies/:slug',
              handle: { title: 'policy' } satisfies RouteHandle,
              loader: guarded(q, 'any', async (a) =>
                q.ensureQueryData((await policies()).policyQuery(param(a, 'slug'))),
              ),
              lazy: { Component: async () => (await import('./routes/policy-route')).PolicyRoute },
            },
            {
              path: 'authorisations',
              handle: { title: 'authorisations' } satisfies RouteHandle,
              // Not awaited: the page shows its own loading and error panels, with a retry.
              loader: guarded(q, 'seller', async () => {
                void q.prefetchQuery(authorisationsQuery());
              }),
              lazy: {
                Component: async () => (await import('./routes/authorisations-route')).AuthorisationsRoute,
              },
            },
            {
              path: 'notifications',
              handle: { title: 'notifications' } satisfies RouteHandle,
              loader: guarded(q, 'seller', () => q.ensureQueryData(notificationsQuery())),
              lazy: {
                Component: async () =>
                  (await import('@/features/notifications/notifications-page')).NotificationsPage,
              },
            },
            {
              path: 'review',
              handle: { title: 'review' } satisfies RouteHandle,
              loader: guarded(q, 'reviewer', async (a) => {
                const { reviewItemsQuery, queueFiltersFrom } = await review();
                return q.ensureQueryData({
                  ...reviewItemsQuery(queueFiltersFrom(search(a))),
                  revalidateIfStale: true,
                });
              }),
              lazy: {
                Component: async () => (await import('@/features/review/review-queue-page')).ReviewQueuePage,
              },
            },
            {
              path: 'review/:id',
              handle: { title: 'reviewItem' } satisfies RouteHandle,
              loader: guarded(q, 'reviewer', async (a) => {
                const { reviewItemQuery, reviewItemsQuery, queueFiltersFrom } = await review();
                return Promise.all([
                  q.ensureQueryData({ ...reviewItemQuery(param(a, 'id')), revalidateIfStale: true }),
                  // The queue in the same order and filters, for "next item".
                  q.ensureQueryData({
                    ...reviewItemsQuery(queueFiltersFrom(search(a))),
                    revalidateIfStale: true,
                  }),
                ]);
              }),
              lazy: { Component: async () => (await import('./routes/review-item-route')).ReviewItemRoute },
            },
            {
              path: 'appeals',
              handle: { title: 'appeals' } satisfies RouteHandle,
              loader: guarded(q, 'reviewer', async () => {
                const [{ appealsQuery, penaltiesQuery }, { shopsQuery }] = await Promise.all([
                  import('@/shared/api/penalties'),
                  import('@/shared/api/sellers'),
                ]);
                return Promise.all([
                  q.ensureQueryData({ ...appealsQuery(), revalidateIfStale: true }),
                  q.ensureQueryData(penaltiesQuery()),
                  q.ensureQueryData(shopsQuery()),
                ]);
              }),
              // The filter only changes the query string: nothing to load again.
              shouldRevalidate: onlyPathChanges,
              lazy: { Component: async () => (await import('@/features/review/appeals-page')).AppealsPage },
            },
            {
              path: 'audit',
              handle: { title: 'audit' } satisfies RouteHandle,
              loader: guarded(q, 'reviewer', async (a) => {
                const { auditEventsQuery, auditFiltersFromSearch } = await audit();
                return q.ensureQueryData({
                  ...auditEventsQuery(auditFiltersFromSearch(search(a))),
                  revalidateIfStale: true,
                });
              }),
              lazy: { Component: async () => (await import('@/features/audit/audit-page')).AuditPage },
            },
            { path: '*', handle: { title: 'notFound' } satisfies RouteHandle, Component: NotFoundPage },
          ],
        },
      ],
    },
  ]);
}
