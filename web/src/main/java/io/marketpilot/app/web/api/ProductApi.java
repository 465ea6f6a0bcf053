package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Product;
import java.util.Map;

/** {@code /products}: the catalogue. */
public final class ProductApi {
    private final Services app;

    public ProductApi(Services app) {
        this.app = app;
    }

    public void register(ApiRegistry api) {
        String tag = "Products";
        api.get("/products", Access.VIEWER, tag, "List products")
                .paged()
                .returns("ProductPage")
                .handle(this::list);
        api.get("/products/{id}", Access.VIEWER, tag, "A product")
                .returns("Product")
                .handle(this::get);
        api.post("/products", Access.MARKETER, tag, "Create a product")
                .body("Product")
                .created("Product")
                .fails(ErrorCode.CONFLICT, "The product exists: PUT replaces it")
                .handle(this::create);
        api.put("/products/{id}", Access.MARKETER, tag, "Create or replace a product")
                .body("Product")
                .returns("Product")
                .handle(this::put);
        api.delete("/products/{id}", Access.MARKETER, tag, "Delete a product no order refers to")
                .returns("Deleted")
                .fails(ErrorCode.CONFLICT, "An order refers to the product")
                .handle(this::delete);
    }

    private void list(Context ctx) {
        ctx.json(app.products.list(Requests.page(ctx)));
    }

    private void get(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(app.products.find(id).orElseThrow(() -> MarketPilotException.notFound("Product", id)));
    }

    private void create(Context ctx) {
        Product p = validated(Requests.body(ctx, Product.class));
        if (app.products.find(p.id()).isPresent()) {
            throw new MarketPilotException(
                    ErrorCode.CONFLICT, "Product '" + p.id() + "' exists; use PUT to replace it");
        }
        app.products.save(p);
        app.audit.record(Authenticator.principal(ctx).actor(), "product.create", p.id(), "");
        ctx.status(201).json(p);
    }

    private void put(Context ctx) {
        Product p = validated(Requests.body(ctx, Product.class));
        if (!ctx.pathParam("id").equals(p.id())) {
            throw MarketPilotException.invalid("The body's id '" + p.id() + "' differs from the path's");
        }
        app.products.save(p);
        app.audit.record(Authenticator.principal(ctx).actor(), "product.update", p.id(), "");
        ctx.json(p);
    }

    private void delete(Context ctx) {
        String id = ctx.pathParam("id");
        if (!app.products.delete(id)) {
            throw MarketPilotException.notFound("Product", id);
        }
        app.audit.record(Authenticator.principal(ctx).actor(), "product.delete", id, "");
        ctx.json(Map.of("deleted", id));
    }

    private static Product validated(Product p) {
        if (p.name() == null || p.name().isBlank()) {
            throw MarketPilotException.invalid("A product needs a name");
        }
        if (p.price() != null && (p.price() < 0 || !Double.isFinite(p.price()))) {
            throw MarketPilotException.invalid("price must be a non-negative number");
        }
        if (p.stock() != null && p.stock() < 0) {
            throw MarketPilotException.invalid("stock must not be negative");
        }
        return p;
    }
}
