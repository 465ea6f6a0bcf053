package io.marketpilot.text.classify;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.language.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The byte format of a {@link TextClassifier}, gzipped: a format line, name, language, embedding model, hash bits,
 * temperature, labels, facts, then the kept buckets (delta-coded), their IDF, the weights as IEEE half floats
 * (training rounds them the same way, so a model read back predicts exactly as the one trained) and the biases.
 */
final class ClassifierCodec {
    static final String FORMAT = "marketpilot-text-classifier/1";

    private ClassifierCodec() {}

    record Decoded(TextClassifier.Parts parts, String embeddingModel) {}

    /** Rounds a weight to the nearest half float, as stored. */
    static float toStored(double weight) {
        return Float.float16ToFloat(Float.floatToFloat16((float) weight));
    }

    static byte[] encode(TextClassifier.Parts p, String embeddingModel) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeUTF(FORMAT);
            out.writeUTF(p.name());
            out.writeUTF(p.language().code());
            out.writeUTF(embeddingModel);
            out.writeInt(p.space().embeddingDimension());
            out.writeInt(p.hashBits());
            out.writeDouble(p.temperature());
            out.writeInt(p.labels().size());
            for (String label : p.labels()) {
                out.writeUTF(label);
            }
            out.writeInt(p.facts().size());
            for (Map.Entry<String, String> fact : p.facts().entrySet()) {
                out.writeUTF(fact.getKey());
                out.writeUTF(fact.getValue());
            }
            int[] buckets = p.space().buckets();
            float[] idf = p.space().idf();
            out.writeInt(buckets.length);
            int previous = 0;
            for (int bucket : buckets) {
                out.writeInt(bucket - previous);
                previous = bucket;
            }
            for (float v : idf) {
                out.writeFloat(v);
            }
            for (float[] row : p.weights()) {
                for (float w : row) {
                    out.writeShort(Float.floatToFloat16(w));
                }
            }
            for (double b : p.bias()) {
                out.writeDouble(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the classifier", e);
        }
        return bytes.toByteArray();
    }

    static Decoded decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)))) {
            String format = in.readUTF();
            if (!format.equals(FORMAT)) {
                throw MarketPilotException.invalid("not a text classifier (format '" + format + "')");
            }
            String name = in.readUTF();
            Language language = in.readUTF().equals(Language.CHINESE.code()) ? Language.CHINESE : Language.ENGLISH;
            String embeddingModel = in.readUTF();
            int embeddingDimension = in.readInt();
            int hashBits = in.readInt();
            double temperature = in.readDouble();
            List<String> labels = new ArrayList<>();
            for (int c = in.readInt(); c > 0; c--) {
                labels.add(in.readUTF());
            }
            Map<String, String> facts = new LinkedHashMap<>();
            for (int k = in.readInt(); k > 0; k--) {
                facts.put(in.readUTF(), in.readUTF());
            }
            int[] buckets = new int[in.readInt()];
            int previous = 0;
            for (int k = 0; k < buckets.length; k++) {
                previous += in.readInt();
                buckets[k] = previous;
            }
            float[] idf = new float[buckets.length];
            for (int k = 0; k < idf.length; k++) {
                idf[k] = in.readFloat();
            }
            FeatureSpace space = new FeatureSpace(buckets, idf, 1 << hashBits, embeddingDimension);
            float[][] weights = new float[labels.size()][space.dimension()];
            for (float[] row : weights) {
                for (int d = 0; d < row.length; d++) {
                    row[d] = Float.float16ToFloat(in.readShort());
                }
            }
            double[] bias = new double[labels.size()];
            for (int c = 0; c < bias.length; c++) {
                bias[c] = in.readDouble();
            }
            return new Decoded(
                    new TextClassifier.Parts(
                            name, language, labels, hashBits, space, weights, bias, temperature, facts),
                    embeddingModel);
        } catch (IOException e) {
            throw MarketPilotException.invalid("the classifier bytes are damaged or truncated: " + e.getMessage());
        }
    }
}
