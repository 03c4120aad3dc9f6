import { useQuery } from '@tanstack/react-query';
import { ContractRentForm } from './contract-rent-form';
import {
  EmptyState,
  ErrorState,
  formatCents,
  Loading,
  PageHeader,
  usePageTitle,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';

type Unit = RouterOutputs['property']['units']['list'][number];

function groupByProperty(units: readonly Unit[]): [string, Unit[]][] {
  const groups = new Map<string, Unit[]>();
  for (const u of units) groups.set(u.propertyName, [...(groups.get(u.propertyName) ?? []), u]);
  return [...groups.entries()];
}

export function UnitsPage() {
  usePageTitle('Units', 'Property portal');
  const trpc = useTRPC();
  const units = useQuery(trpc.property.units.list.queryOptions());
  if (units.isPending) return <Loading label="Loading units" />;
  if (units.isError) return <ErrorState error={units.error} />;
  if (units.data.length === 0)
    return (
      <>
        <PageHeader title="Units" />
        <EmptyState title="No properties are assigned to you">
          <p>Ask the program admin to assign you the properties you manage.</p>
        </EmptyState>
      </>
    );
  return (
    <>
      <PageHeader
        title="Units"
        subtitle="The units of the properties you manage, who lives in each, and each unit’s contract rent."
      />
      {groupByProperty(units.data).map(([property, rows]) => {
        const occupied = rows.filter((r) => r.occupantName).length;
        return (
          <section key={property} aria-labelledby={`p-${rows[0]!.propertyId}`} className="card">
            <h2 id={`p-${rows[0]!.propertyId}`}>{property}</h2>
            <p className="muted">
              {rows.length} units · {occupied} occupied · {rows.length - occupied} vacant
            </p>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Unit</th>
                    <th scope="col">Bedrooms</th>
                    <th scope="col">Occupant</th>
                    <th scope="col">Contract rent</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((u) => (
                    <tr key={u.unitId}>
                      <th scope="row">{u.unitLabel}</th>
                      <td>{u.bedrooms}</td>
                      <td>{u.occupantName ?? <span className="badge badge-neutral">Vacant</span>}</td>
                      <td>
                        <details>
                          <summary>
                            {u.contractRentCents === null ? (
                              <span className="badge badge-warn">Not set</span>
                            ) : (
                              formatCents(u.contractRentCents)
                            )}{' '}
                            <span className="visually-hidden">for unit {u.unitLabel}: </span>change
                          </summary>
                          <ContractRentForm
                            unitId={u.unitId}
                            unitLabel={u.unitLabel}
                            contractRentCents={u.contractRentCents}
                          />
                        </details>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
