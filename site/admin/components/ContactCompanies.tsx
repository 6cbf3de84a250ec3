import { fetchContactCompanies } from "../lib/companies.ts";
import { useResource } from "../lib/useResource.ts";

/** The companies a contact belongs to (set through the REST API or the messenger's `company` setting). */
export function ContactCompanies({ contactId }: { contactId: string }) {
  const [companies] = useResource((signal) => fetchContactCompanies(contactId, signal), [contactId]);
  return (
    <section class="card stack-sm" aria-labelledby="contact-companies-title">
      <h2 id="contact-companies-title">Companies</h2>
      {companies.status === "ready" && companies.data.length === 0 && <p class="muted small">No company.</p>}
      {companies.status === "error" && <p class="muted small">The companies could not be loaded.</p>}
      {companies.status === "ready" && companies.data.length > 0 && (
        <ul class="stack-sm" aria-label="Contact companies">
          {companies.data.map((company) => (
            <li key={company.id}>
              <strong>{company.name || company.companyId}</strong>
              <span class="muted small">
                {" "}
                {[company.plan, `${company.userCount} ${company.userCount === 1 ? "person" : "people"}`].filter(Boolean).join(" · ")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
