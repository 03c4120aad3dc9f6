import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { MAX_ENTRY_NOTICE_DAYS, ZPropertySettingsInput } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  Form,
  Loading,
  optionalInt,
  PageHeader,
  Saved,
  TextField,
  usePageTitle,
  useSchemaForm,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';

type Property = RouterOutputs['property']['properties']['list'][number];

interface SettingsValues {
  entryNoticeDays: string;
  emergencyMaintenancePhone: string;
}

/** One property's settings: days of entry notice, and the number tenants call for an urgent repair. */
function PropertySettingsForm({ property, onSaved }: { property: Property; onSaved: () => Promise<void> }) {
  const trpc = useTRPC();
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.property.properties.updateSettings.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await onSaved();
      },
    }),
  );
  const form = useSchemaForm({
    schema: ZPropertySettingsInput,
    defaultValues: {
      entryNoticeDays: String(property.entryNoticeDays),
      emergencyMaintenancePhone: property.emergencyMaintenancePhone ?? '',
    },
    toInput: (v: SettingsValues) => ({
      propertyId: property.propertyId,
      entryNoticeDays: optionalInt(v.entryNoticeDays),
      emergencyMaintenancePhone: v.emergencyMaintenancePhone,
    }),
    messages: {
      entryNoticeDays: {
        empty: 'Enter the days of notice',
        invalid: `Enter a whole number of days, from 1 to ${MAX_ENTRY_NOTICE_DAYS}`,
      },
    },
  });
  const headingId = `settings-${property.propertyId}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{property.name}</h2>
      <p className="muted">
        {property.addressLine}, {property.city}
      </p>
      {saved && <Saved>Settings saved.</Saved>}
      <Form
        form={form}
        onSubmit={(input) => {
          setSaved(false);
          return update.mutateAsync(input);
        }}
      >
        <TextField
          label="Days of written notice before entering a unit"
          inputMode="numeric"
          hint="Maine law asks for at least 24 hours (1 day). Entry on notice needs it given this many days before."
          {...form.field('entryNoticeDays')}
        />
        <TextField
          label="Emergency maintenance phone number"
          type="tel"
          autoComplete="off"
          hint="Shown to tenants on their repairs page, for urgent repairs at any hour. Leave empty to remove it."
          {...form.field('emergencyMaintenancePhone')}
        />
        <button type="submit" className="button primary" disabled={update.isPending}>
          Save settings
        </button>
      </Form>
    </section>
  );
}

export function SettingsPage() {
  usePageTitle('Settings', 'Property portal');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const properties = useQuery(trpc.property.properties.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.property.properties.list.queryKey() });
  return (
    <>
      <PageHeader
        title="Settings"
        subtitle="Each property’s entry notice and emergency maintenance number."
      />
      {properties.isPending ? (
        <Loading label="Loading your properties" />
      ) : properties.isError ? (
        <ErrorState error={properties.error} />
      ) : properties.data.length === 0 ? (
        <EmptyState title="No properties are assigned to you">
          <p>Ask the program admin to assign you the properties you manage.</p>
        </EmptyState>
      ) : (
        properties.data.map((p) => <PropertySettingsForm key={p.propertyId} property={p} onSaved={refresh} />)
      )}
    </>
  );
}
