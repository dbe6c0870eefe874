import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserRouter,
  redirect,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunction,
} from 'react-router';
import { auditEventsQuery, auditFiltersFromSearch } from '@/features/audit/queries';
import { AuditPage } from '@/features/audit/audit-page';
import { authorisationsQuery } from '@/shared/api/authorisations';
import { complaintQuery, complaintsQuery, shopsQuery } from '@/features/complaints/queries';
import { listingQuery, listingQueryFromSearch, listingsQuery } from '@/features/listings/queries';
import { ListingsPage } from '@/features/listings/listings-page';
import { NotificationsPage } from '@/features/notifications/notifications-page';
import { notificationsQuery } from '@/features/notifications/queries';
import { sellerQuery } from '@/features/overview/queries';
import { appealsQuery, penaltiesQuery } from '@/features/penalties/queries';
import { PoliciesPage } from '@/features/policies/policies-page';
import { policiesQuery, policyQuery, rulesQuery, ruleStatsQuery } from '@/features/policies/queries';
import { queueFiltersFrom, reviewItemQuery, reviewItemsQuery } from '@/features/review/queries';
import { ReviewQueuePage } from '@/features/review/review-queue-page';
import { accountsQuery } from '@/features/session/queries';
import { safeNext, SignInPage } from '@/features/session/sign-in-page';
import { setAccountId } from '@/shared/api/identity';
import { ruleModesQuery } from '@/shared/api/rule-modes';
import type { TitleKey } from './messages';
import { AppLayout, BootScreen } from './layout/app-layout';
import { NotFoundPage, RootError, RouteError } from './routes/errors';
import { guarded, rootLoader } from './routes/guards';
import {
  AuthorisationsRoute,
  CheckerRoute,
  ComplaintDetailRoute,
  ComplaintsRoute,
  HomeRoute,
  ListingDetailRoute,
  PenaltyRoute,
  StrikesRoute,
  PolicyRoute,
  RulesRoute,
  ReviewItemRoute,
} from './routes/pages';

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
      Component: SignInPage,
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
                await Promise.all([
                  q.ensureQueryData(sellerQuery(account.sellerId ?? '')),
                  q.ensureQueryData(authorisationsQuery()),
                ]);
              }),
              Component: HomeRoute,
            },
            {
              path: 'listings',
              handle: { title: 'listings' } satisfies RouteHandle,
              loader: guarded(q, 'seller', (a) =>
                q.ensureQueryData({
                  ...listingsQuery(listingQueryFromSearch(search(a))),
                  revalidateIfStale: true,
                }),
              ),
              Component: ListingsPage,
            },
            {
              path: 'listings/:id',
              handle: { title: 'listing' } satisfies RouteHandle,
              loader: guarded(q, 'seller', (a) =>
                Promise.all([
                  q.ensureQueryData({ ...listingQuery(param(a, 'id')), revalidateIfStale: true }),
                  q.ensureQueryData(authorisationsQuery()),
                  q.ensureQueryData(ruleModesQuery()),
                ]),
              ),
              Component: ListingDetailRoute,
            },
            {
              path: 'checker',
              handle: { title: 'checker' } satisfies RouteHandle,
              loader: guarded(q, 'seller', () =>
                Promise.all([q.ensureQueryData(authorisationsQuery()), q.ensureQueryData(ruleModesQuery())]),
              ),
              Component: CheckerRoute,
            },
            {
              path: 'strikes',
              handle: { title: 'strikes' } satisfies RouteHandle,
              loader: guarded(q, 'seller', () =>
                Promise.all([
                  q.ensureQueryData(penaltiesQuery()),
                  q.ensureQueryData(appealsQuery()),
                  q.ensureQueryData(complaintsQuery()),
                ]),
              ),
              // The what-if only changes the query string: nothing to load again.
              shouldRevalidate: onlyPathChanges,
              Component: StrikesRoute,
            },
            {
              path: 'strikes/:id',
              handle: { title: 'penalty' } satisfies RouteHandle,
              loader: guarded(q, 'seller', () =>
                Promise.all([q.ensureQueryData(penaltiesQuery()), q.ensureQueryData(appealsQuery())]),
              ),
              Component: PenaltyRoute,
            },
            {
              path: 'complaints',
              handle: { title: 'complaints' } satisfies RouteHandle,
              loader: guarded(q, 'any', (_a, account) => {
                if (account.role === 'reviewer') void q.prefetchQuery(shopsQuery());
                return q.ensureQueryData(complaintsQuery());
              }),
              Component: ComplaintsRoute,
            },
            {
              path: 'complaints/:id',
              handle: { title: 'complaint' } satisfies RouteHandle,
              loader: guarded(q, 'any', (a, account) => {
                if (account.role === 'reviewer') void q.prefetchQuery(shopsQuery());
                return q.ensureQueryData(complaintQuery(param(a, 'id')));
              }),
              Component: ComplaintDetailRoute,
            },
            {
              path: 'policies',
              handle: { title: 'policies' } satisfies RouteHandle,
              loader: guarded(q, 'any', () => q.ensureQueryData(policiesQuery())),
              shouldRevalidate: onlyPathChanges,
              Component: PoliciesPage,
            },
            {
              path: 'rules',
              handle: { title: 'rules' } satisfies RouteHandle,
              loader: guarded(q, 'any', (_a, account) =>
                Promise.all([
                  q.ensureQueryData(rulesQuery()),
                  q.ensureQueryData({ ...ruleModesQuery(), revalidateIfStale: true }),
                  account.role === 'reviewer'
                    ? q.ensureQueryData({ ...ruleStatsQuery(), revalidateIfStale: true })
                    : null,
                ]),
              ),
              shouldRevalidate: onlyPathChanges,
              Component: RulesRoute,
            },
            {
              path: 'policies/:slug',
              handle: { title: 'policy' } satisfies RouteHandle,
              loader: guarded(q, 'any', (a) => q.ensureQueryData(policyQuery(param(a, 'slug')))),
              Component: PolicyRoute,
            },
            {
              path: 'authorisations',
              handle: { title: 'authorisations' } satisfies RouteHandle,
              // Not awaited: the page shows its own loading and error panels, with a retry.
              loader: guarded(q, 'seller', async () => {
                void q.prefetchQuery(authorisationsQuery());
              }),
              Component: AuthorisationsRoute,
            },
            {
              path: 'notifications',
              handle: { title: 'notifications' } satisfies RouteHandle,
              loader: guarded(q, 'seller', () => q.ensureQueryData(notificationsQuery())),
              Component: NotificationsPage,
            },
            {
              path: 'review',
              handle: { title: 'review' } satisfies RouteHandle,
              loader: guarded(q, 'reviewer', (a) =>
                q.ensureQueryData({
                  ...reviewItemsQuery(queueFiltersFrom(search(a))),
                  revalidateIfStale: true,
                }),
              ),
              Component: ReviewQueuePage,
            },
            {
              path: 'review/:id',
              handle: { title: 'reviewItem' } satisfies RouteHandle,
              loader: guarded(q, 'reviewer', (a) =>
                Promise.all([
                  q.ensureQueryData({ ...reviewItemQuery(param(a, 'id')), revalidateIfStale: true }),
                  // The queue in the same order and filters, for "next item".
                  q.ensureQueryData({
                    ...reviewItemsQuery(queueFiltersFrom(search(a))),
                    revalidateIfStale: true,
                  }),
                ]),
              ),
              Component: ReviewItemRoute,
            },
            {
              path: 'audit',
              handle: { title: 'audit' } satisfies RouteHandle,
              loader: guarded(q, 'reviewer', (a) =>
                q.ensureQueryData({
                  ...auditEventsQuery(auditFiltersFromSearch(search(a))),
                  revalidateIfStale: true,
                }),
              ),
              Component: AuditPage,
            },
            { path: '*', handle: { title: 'notFound' } satisfies RouteHandle, Component: NotFoundPage },
          ],
        },
      ],
    },
  ]);
}
