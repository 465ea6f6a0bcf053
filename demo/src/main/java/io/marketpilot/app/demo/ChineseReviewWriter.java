package io.marketpilot.app.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes short Chinese product reviews from phrase banks about the aspects shoppers talk about (quality,
 * delivery, price, service, looks, battery, sound), positive or negative. Written for this project; no corpus text.
 */
final class ChineseReviewWriter {
    private static final String[][] POSITIVE = {
        {"质量很好，做工扎实", "质量不错，用料很足", "做工精细，没有瑕疵"},
        {"物流很快，第二天就到了", "快递速度快，包装完好", "发货及时，送货很快"},
        {"价格实惠，性价比高", "这个价位非常值", "比实体店便宜不少"},
        {"客服态度很好，回复及时", "售后服务很贴心", "客服耐心解答了我的问题"},
        {"外观漂亮，颜色很正", "手感很好，很轻薄", "设计简洁大方"},
        {"续航很给力，一天一充", "充电速度很快", "电池很耐用"},
        {"音质清晰，低音饱满", "降噪效果不错", "通话声音很清楚"}
    };
    private static final String[][] NEGATIVE = {
        {"质量一般，用了一周就坏了", "做工粗糙，有毛边", "接口很松，质量堪忧"},
        {"物流太慢了，等了一个星期", "快递包装破损", "发货拖了好几天"},
        {"价格偏贵，不太值", "这个价格买贵了", "性价比不高"},
        {"客服不回消息，很失望", "售后推来推去，体验很差", "退货流程太麻烦"},
        {"颜色和图片不一样", "外观有划痕", "比想象中厚重"},
        {"续航很差，半天就没电", "充电很慢", "电池发热严重"},
        {"音质一般，有杂音", "降噪几乎没有效果", "通话时对方听不清"}
    };
    private static final String[] POSITIVE_ENDINGS = {"推荐购买！", "会回购的。", "很满意。", "五星好评。"};
    private static final String[] NEGATIVE_ENDINGS = {"不推荐。", "不会再买了。", "很失望。", "希望改进。"};

    private final Random random;

    ChineseReviewWriter(Random random) {
        this.random = random;
    }

    /** A review with one to three aspects; {@code positive} sets its overall tone (one aspect may differ). */
    String write(boolean positive) {
        List<Integer> aspects = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
        Collections.shuffle(aspects, random);
        int count = 1 + random.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            boolean tone = i == 2 ? !positive : positive;
            String[] bank = (tone ? POSITIVE : NEGATIVE)[aspects.get(i)];
            sb.append(bank[random.nextInt(bank.length)]).append("，");
        }
        String[] endings = positive ? POSITIVE_ENDINGS : NEGATIVE_ENDINGS;
        return sb.append(endings[random.nextInt(endings.length)]).toString();
    }
}
