package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;

/** {@code /orders}: orders with their lines. */
public final class OrderApi {
    private final Services app;

    public OrderApi(Services app) {
        this.app = app;
    }

    public void register(ApiRegistry api) {
        String tag = "Orders";
        api.get("/orders", Access.VIEWER, tag, "List orders, newest first")
                .paged()
                .returns("OrderPage")
                .handle(this::list);
        api.get("/orders/{id}", Access.VIEWER, tag, "An order with its lines")
                .returns("Order")
                .handle(this::get);
        api.post("/orders", Access.MARKETER, tag, "Record an order; its customer and products must exist")
                .body("Order")
                .created("Order")
                .fails(ErrorCode.CONFLICT, "The order exists")
                .handle(this::create);
    }

    private void list(Context ctx) {
        ctx.json(app.orders.list(Requests.page(ctx)));
    }

    private void get(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(app.orders.find(id).orElseThrow(() -> MarketPilotException.notFound("Order", id)));
    }

    private void create(Context ctx) {
        Order order = Requests.body(ctx, Order.class);
        validate(order);
        if (app.orders.find(order.id()).isPresent()) {
            throw new MarketPilotException(ErrorCode.CONFLICT, "Order '" + order.id() + "' exists");
        }
        app.saveOrder(order);
        app.audit.record(Authenticator.principal(ctx).actor(), "order.create", order.id(), "");
        ctx.status(201).json(app.orders.find(order.id()).orElseThrow());
    }

    private void validate(Order o) {
        if (o.orderedAt() == null) {
            throw MarketPilotException.invalid("orderedAt is required");
        }
        if (o.kind() == null) {
            throw MarketPilotException.invalid("kind is required: SALE, RETURN or ADJUSTMENT");
        }
        if (o.lines().isEmpty()) {
            throw MarketPilotException.invalid("An order needs at least one line");
        }
        if (o.customerId() != null && app.customers.find(o.customerId()).isEmpty()) {
            throw MarketPilotException.invalid("Customer '" + o.customerId() + "' is unknown");
        }
        for (OrderLine l : o.lines()) {
            if (l.kind().isProduct()
                    && l.productId() != null
                    && app.products.find(l.productId()).isEmpty()) {
                throw MarketPilotException.invalid(
                        "Line " + l.lineNo() + ": product '" + l.productId() + "' is unknown");
            }
            if ((l.kind().isProduct() && l.unitPrice() < 0) || l.quantity() == 0) {
                throw MarketPilotException.invalid(
                        "Line " + l.lineNo() + ": quantity must not be 0 and unitPrice not negative");
            }
            if (o.kind() == OrderKind.SALE && l.quantity() < 0) {
                throw MarketPilotException.invalid("Line " + l.lineNo() + ": a sale cannot have a negative quantity");
            }
        }
    }
}
