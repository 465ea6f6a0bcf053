package io.marketpilot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.domain.CustomerAttribute;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportRejectedException;
import io.marketpilot.store.customer.JdbcCustomerAttributes;
import io.marketpilot.store.customer.JdbcCustomerRepository;
import io.marketpilot.store.event.JdbcEventRepository;
import io.marketpilot.store.order.JdbcOrderRepository;
import io.marketpilot.store.privacy.JdbcCustomerPrivacy;
import io.marketpilot.store.review.JdbcReviewRepository;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Customer attributes kept from a customer file's unmapped columns, run against every real database. */
abstract class CustomerAttributesContract extends StoreFixture {
    @Test
    void aCustomerFileKeepsItsUnmappedColumnsAsAttributes() {
        var report = load(ImportKind.CUSTOMERS, "customers-attributes.csv");
        JdbcCustomerAttributes attributes = new JdbcCustomerAttributes(db);

        assertThat(attributes.of("A1"))
                .containsExactly(
                        Map.entry("birthdate", "1990-04-02"),
                        Map.entry("gender", "female"),
                        Map.entry("loyaltytier", "gold"));
        assertThat(attributes.of("A2"))
                .containsExactly(Map.entry("gender", "male"), Map.entry("loyaltytier", "silver"));
        assertThat(attributes.of("A3")).isEmpty();
        assertThat(report.notes()).anySatisfy(n -> assertThat(n)
                .startsWith("kept as customer attributes")
                .endsWith(": birthdate, gender, loyaltytier"));
    }

    @Test
    void reimportingReplacesACustomersAttributesAndChangesNothingTwice() {
        load(ImportKind.CUSTOMERS, "customers-attributes.csv");
        long once = rows("customer_attributes");
        load(ImportKind.CUSTOMERS, "customers-attributes.csv");
        assertThat(rows("customer_attributes")).isEqualTo(once).isEqualTo(5);

        new JdbcCustomerAttributes(db).replace("A1", List.of(new CustomerAttribute("A1", "gender", "diverse")));
        assertThat(new JdbcCustomerAttributes(db).of("A1")).containsExactly(Map.entry("gender", "diverse"));
    }

    @Test
    void aBadAttributeValueRefusesTheWholeFileNamingItsLines() {
        assertThatThrownBy(() -> load(ImportKind.CUSTOMERS, "customers-attributes-bad.csv"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(Object::toString)
                        .anySatisfy(s ->
                                assertThat(s).startsWith("line 3 (birthdate)").contains("not a date"))
                        .anySatisfy(
                                s -> assertThat(s).startsWith("line 4 (gender)").contains("longer than 200")));
        assertThat(rows("customers")).isZero();
        assertThat(rows("customer_attributes")).isZero();
    }

    @Test
    void forEachHandsEveryCustomerWithAttributesAcrossPages() {
        load(ImportKind.CUSTOMERS, "customers-attributes.csv");
        JdbcCustomerRepository customers = new JdbcCustomerRepository(db);
        JdbcCustomerAttributes attributes = new JdbcCustomerAttributes(db);
        int many = JdbcCustomerAttributes.PAGE + 5;
        for (int i = 0; i < many; i++) {
            String id = String.format("P%05d", i);
            customers.save(new io.marketpilot.core.domain.Customer(id, null, null, "Spain", null, null));
            attributes.replace(id, List.of(new CustomerAttribute(id, "tier", "t" + i % 3)));
        }
        Map<String, Map<String, String>> seen = new TreeMap<>();
        attributes.forEach(seen::put);

        assertThat(seen).hasSize(many + 2);
        assertThat(seen.get("A1")).containsEntry("gender", "female");
        assertThat(seen.get("P00007")).containsExactly(Map.entry("tier", "t1"));
    }

    @Test
    void forgettingACustomerErasesTheirAttributesAndExportShowsThemBefore() {
        load(ImportKind.CUSTOMERS, "customers-attributes.csv");
        JdbcCustomerPrivacy privacy = new JdbcCustomerPrivacy(
                db,
                audit,
                new JdbcCustomerRepository(db),
                new JdbcOrderRepository(db),
                new JdbcEventRepository(db),
                new JdbcReviewRepository(db));

        assertThat(privacy.export("A1", "test")).containsEntry("attributes", new JdbcCustomerAttributes(db).of("A1"));
        Map<String, Integer> touched = privacy.forget("A1", "test");

        assertThat(touched).containsEntry("attributes", 3);
        assertThat(new JdbcCustomerAttributes(db).of("A1")).isEmpty();
        assertThat(new JdbcCustomerAttributes(db).of("A2")).isNotEmpty();
    }
}
