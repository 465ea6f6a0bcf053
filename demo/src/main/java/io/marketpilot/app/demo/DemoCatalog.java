package io.marketpilot.app.demo;

import io.marketpilot.core.domain.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The sample shop's catalogue: phone accessories, audio and home-office gear, named in English and Chinese. */
final class DemoCatalog {
    /** A product family: its category, names in both languages, a base price and what it is for. */
    private record Family(
            String code, String category, String nameEn, String nameZh, double basePrice, String useEn, String useZh) {}

    private static final List<Family> FAMILIES = List.of(
            new Family(
                    "CAB", "Cables", "USB-C cable", "USB-C 数据线", 9.9, "fast charging and data transfer", "快速充电与数据传输"),
            new Family("CHG", "Chargers", "wall charger", "充电器", 24.0, "charging phones and laptops", "为手机和笔记本充电"),
            new Family("PWR", "Chargers", "power bank", "充电宝", 39.0, "charging on the go", "外出随时充电"),
            new Family("CAS", "Cases", "phone case", "手机壳", 19.0, "protecting your phone", "保护手机"),
            new Family("SCR", "Cases", "screen protector", "钢化膜", 12.0, "keeping the screen scratch-free", "防刮保护屏幕"),
            new Family("EAR", "Audio", "wireless earbuds", "无线耳机", 79.0, "music and calls without wires", "无线听歌与通话"),
            new Family("HDS", "Audio", "headset", "头戴式耳机", 119.0, "long listening sessions and calls", "长时间聆听与通话"),
            new Family("SPK", "Audio", "Bluetooth speaker", "蓝牙音箱", 59.0, "sound at home and outdoors", "居家户外皆宜的音响"),
            new Family("STD", "Home office", "laptop stand", "笔记本支架", 45.0, "a healthier desk posture", "改善办公坐姿"),
            new Family("KEY", "Home office", "wireless keyboard", "无线键盘", 49.0, "quiet, comfortable typing", "安静舒适的输入"),
            new Family("MOU", "Home office", "wireless mouse", "无线鼠标", 29.0, "precise control at the desk", "精准的桌面操控"),
            new Family("CAM", "Home office", "webcam", "网络摄像头", 69.0, "clear video calls", "清晰的视频通话"));

    private static final String[][] VARIANTS = {
        {"Essential", "基础款"}, {"Pro", "专业版"}, {"Slim", "轻薄款"}, {"Max", "旗舰版"}, {"Eco", "环保款"}
    };
    private static final String[][] COLOURS = {{"black", "黑色"}, {"white", "白色"}, {"blue", "蓝色"}, {"green", "绿色"}};

    private DemoCatalog() {}

    static List<Product> products(Random random) {
        List<Product> products = new ArrayList<>();
        for (Family f : FAMILIES) {
            for (int v = 0; v < VARIANTS.length; v++) {
                String[] variant = VARIANTS[v];
                String[] colour = COLOURS[random.nextInt(COLOURS.length)];
                double price =
                        Math.round(f.basePrice() * (0.8 + 0.25 * v + random.nextDouble() * 0.1) * 10) / 10.0 - 0.01;
                String id = f.code() + "-" + String.format(Locale.ROOT, "%03d", 100 + v);
                products.add(new Product(
                        id,
                        variant[0] + " " + f.nameEn() + " (" + colour[0] + ")",
                        f.category(),
                        description(variant[0], f.nameEn()) + " in " + colour[0] + " for " + f.useEn() + ".",
                        price,
                        random.nextInt(10) == 0 ? 0 : 5 + random.nextInt(300),
                        variant[1] + f.nameZh() + "（" + colour[1] + "）",
                        colour[1] + variant[1] + f.nameZh() + "，适合" + f.useZh() + "。"));
            }
        }
        return products;
    }

    /**
     * "An essential USB-C cable", "A pro headset", "Slim wireless earbuds": the article agrees with the variant's
     * first sound, and a plural noun (the catalogue's only one ends in s) takes none.
     */
    static String description(String variant, String noun) {
        String words = variant.toLowerCase(Locale.ROOT) + " " + noun;
        if (noun.endsWith("s")) {
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "An " : "A ") + words;
    }

    /** What a product of this catalogue costs: {@link #products} prices every one. */
    static double price(Product product) {
        Double price = product.price();
        if (price == null) {
            throw new IllegalStateException("the sample catalogue has no price for " + product.id());
        }
        return price;
    }

    /** The family code of a product id, e.g. {@code EAR} for {@code EAR-101}. */
    static String family(String productId) {
        return productId.substring(0, productId.indexOf('-'));
    }
}
