package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.CustomerAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code /customers}: list, read (with the customer's imported attributes), create, update (a body's
 * {@code attributes}, when given, replace theirs), export and forget.
 */
public final class CustomerApi {
    private final Services app;

    public CustomerApi(Services app) {
        this.app = app;
    }

    public void register(ApiRegistry api) {
        String tag = "Customers";
        api.get("/customers", Access.VIEWER, tag, "List customers")
                .paged()
                .returns("CustomerPage")
                .handle(this::list);
        api.get("/customers/{id}", Access.VIEWER, tag, "A customer with order summary")
                .returns("CustomerDetail")
                .handle(this::get);
        api.post("/customers", Access.MARKETER, tag, "Create a customer")
                .body("Customer")
                .created("Customer")
                .fails(ErrorCode.CONFLICT, "The customer exists: PUT replaces them")
                .handle(this::create);
        api.put("/customers/{id}", Access.MARKETER, tag, "Create or replace a customer")
                .body("Customer")
                .returns("Customer")
                .handle(this::put);
        api.delete("/customers/{id}", Access.ADMIN, tag, "Forget a customer: erase their personal data everywhere")
                .returns("ForgetReport")
                .handle(this::forget);
        api.get("/customers/{id}/export", Access.ADMIN, tag, "Everything held about a customer (data-subject access)")
                .returns("CustomerExport")
                .handle(this::export);
    }

    private void list(Context ctx) {
        ctx.json(app.customers.list(Requests.page(ctx)));
    }

    private void get(Context ctx) {
        String id = ctx.pathParam("id");
        Customer c = app.customers.find(id).orElseThrow(() -> MarketPilotException.notFound("Customer", id));
        ctx.json(Map.of(
                "customer", c, "summary", app.analytics.customer(id), "attributes", app.customerAttributes.of(id)));
    }

    private void create(Context ctx) {
        byte[] raw = Requests.rawBody(ctx);
        Customer c = validated(customer(raw));
        if (app.customers.find(c.id()).isPresent()) {
            throw new MarketPilotException(
                    io.marketpilot.core.ErrorCode.CONFLICT, "Customer '" + c.id() + "' exists; use PUT to replace it");
        }
        List<CustomerAttribute> attributes = attributes(raw, c.id()).orElse(List.of());
        app.customers.save(c);
        app.customerAttributes.replace(c.id(), attributes);
        app.audit.record(Authenticator.principal(ctx).actor(), "customer.create", c.id(), "");
        ctx.status(201).json(c);
    }

    private void put(Context ctx) {
        byte[] raw = Requests.rawBody(ctx);
        Customer body = customer(raw);
        String id = ctx.pathParam("id");
        if (!id.equals(body.id())) {
            throw MarketPilotException.invalid(
                    "The body's id '" + body.id() + "' differs from the path's '" + id + "'");
        }
        Optional<List<CustomerAttribute>> attributes = attributes(raw, id);
        app.customers.save(validated(body));
        attributes.ifPresent(a -> app.customerAttributes.replace(id, a));
        app.audit.record(Authenticator.principal(ctx).actor(), "customer.update", id, "");
        ctx.json(body);
    }

    private void forget(Context ctx) {
        ctx.json(app.privacy.forget(
                ctx.pathParam("id"), Authenticator.principal(ctx).actor()));
    }

    private void export(Context ctx) {
        ctx.json(app.privacy.export(
                ctx.pathParam("id"), Authenticator.principal(ctx).actor()));
    }

    /** The body's {@code attributes}: name to value, checked as an import checks them; empty when the body has none. */
    private static Customer customer(byte[] raw) {
        return Requests.parse(raw, Customer.class)
                .orElseThrow(() -> MarketPilotException.invalid("The request body is empty; send a JSON Customer"));
    }

    private static Optional<List<CustomerAttribute>> attributes(byte[] raw, String customerId) {
        return Requests.parse(raw, AttributesBody.class)
                .flatMap(AttributesBody::given)
                .map(given -> checked(given, customerId));
    }

    private static List<CustomerAttribute> checked(Map<String, @Nullable String> given, String customerId) {
        if (given.size() > CustomerAttribute.MAX_PER_CUSTOMER) {
            throw MarketPilotException.invalid(
                    "A customer keeps at most " + CustomerAttribute.MAX_PER_CUSTOMER + " attributes");
        }
        List<CustomerAttribute> out = new ArrayList<>();
        given.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                out.add(new CustomerAttribute(customerId, name, value.strip()));
            }
        });
        return out;
    }

    /** The part of a customer body that is not the customer record: their attributes, absent to keep them. */
    record AttributesBody(@Nullable Map<String, @Nullable String> attributes) {
        Optional<Map<String, @Nullable String>> given() {
            return Optional.ofNullable(attributes);
        }
    }

    private static Customer validated(Customer c) {
        if (c.email() != null && !c.email().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw MarketPilotException.invalid("'" + c.email() + "' is not an e-mail address");
        }
        if (c.id().length() > 64) {
            throw MarketPilotException.invalid("A customer id has at most 64 characters");
        }
        return c;
    }
}
