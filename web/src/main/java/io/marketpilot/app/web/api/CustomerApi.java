package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Customer;
import java.util.Map;

/** {@code /customers}: list, read, create, update, export and forget. */
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
        ctx.json(Map.of("customer", c, "summary", app.analytics.customer(id)));
    }

    private void create(Context ctx) {
        Customer c = validated(Requests.body(ctx, Customer.class));
        if (app.customers.find(c.id()).isPresent()) {
            throw new MarketPilotException(
                    io.marketpilot.core.ErrorCode.CONFLICT, "Customer '" + c.id() + "' exists; use PUT to replace it");
        }
        app.customers.save(c);
        app.audit.record(Authenticator.principal(ctx).actor(), "customer.create", c.id(), "");
        ctx.status(201).json(c);
    }

    private void put(Context ctx) {
        Customer body = Requests.body(ctx, Customer.class);
        String id = ctx.pathParam("id");
        if (!id.equals(body.id())) {
            throw MarketPilotException.invalid(
                    "The body's id '" + body.id() + "' differs from the path's '" + id + "'");
        }
        app.customers.save(validated(body));
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
