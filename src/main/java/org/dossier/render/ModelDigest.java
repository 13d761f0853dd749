package org.dossier.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.entities.Sentence;

/**
 * The SHA-256 of what a page is rendered from, read by value: the title, the content template's
 * name and the view model, every record component, list element, optional and scalar in order,
 * each tagged with its kind (a record also with its class), so that two models that render
 * differently never give the same bytes to hash. View models are records of strings, numbers, booleans, enums,
 * dates, lists and optionals, and templates read nothing else; a model that holds anything else
 * (a map, an array, an object of another kind) has no digest, and its page is always rendered.
 * The same reading digests any sequence of such values ({@link #start}, {@link #add},
 * {@link #finish}), such as what a page will be made from before its model is.
 * Not thread-safe: one per thread.
 */
final class ModelDigest {

    /** A digest of a page's inputs: two are equal exactly when their bytes are. */
    record Digest(long first, long second, long third, long fourth) {}

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte LIST = 2;
    private static final byte OPTIONAL = 3;
    private static final byte SCALAR = 4;
    private static final byte ENUM = 5;
    private static final byte RECORD = 6;
    private static final byte DIGEST = 7;

    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    /** The bytes gathered for the hash, handed to it whenever the buffer fills. */
    private final byte[] buffer = new byte[16 * 1024];
    private final MessageDigest sha256;
    private int position;

    ModelDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    /** The digest of a page with this title, content template and model; empty if the model cannot be read by value. */
    Optional<Digest> of(String title, String template, Object model) {
        start();
        if (!add(title) || !add(template) || !add(model)) {
            return Optional.empty();
        }
        return Optional.of(finish());
    }

    /** Begins a new digest, forgetting what was added since the last. */
    ModelDigest start() {
        sha256.reset();
        position = 0;
        return this;
    }

    /** The digest of what was added since {@link #start}. */
    Digest finish() {
        flush();
        ByteBuffer hash = ByteBuffer.wrap(sha256.digest());
        return new Digest(hash.getLong(), hash.getLong(), hash.getLong(), hash.getLong());
    }

    /** Adds another digest, as its 32 bytes. */
    void add(Digest digest) {
        tag(DIGEST);
        longNumber(digest.first());
        longNumber(digest.second());
        longNumber(digest.third());
        longNumber(digest.fourth());
    }

    private void longNumber(long n) {
        number((int) (n >>> 32));
        number((int) n);
    }

    /**
     * Adds {@code value} read by value; false if it holds something that cannot be (the digest
     * is then of no use).
     */
    boolean add(Object value) {
        if (value == null) {
            tag(NULL);
        } else if (value instanceof String || value instanceof Sentence) {
            // A sentence is read as the string of its characters, which is how a page shows it.
            tag(STRING);
            text(value.toString());
        } else if (value instanceof List<?> list) {
            tag(LIST);
            number(list.size());
            for (Object element : list) {
                if (!add(element)) {
                    return false;
                }
            }
        } else if (value instanceof Optional<?> optional) {
            tag(OPTIONAL);
            return add(optional.orElse(null));
        } else if (isScalar(value)) {
            tag(SCALAR);
            text(value.getClass().getName());
            text(value.toString());
        } else if (value instanceof Enum<?> constant) {
            tag(ENUM);
            text(constant.getDeclaringClass().getName());
            text(constant.name());
        } else if (value.getClass().isRecord()) {
            return addRecord(value);
        } else {
            return false;
        }
        return true;
    }

    private static boolean isScalar(Object value) {
        return value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof Character || value instanceof LocalDate;
    }

    private boolean addRecord(Object value) {
        tag(RECORD);
        text(value.getClass().getName());
        for (Method accessor : ACCESSORS.get(value.getClass())) {
            if (!add(read(accessor, value))) {
                return false;
            }
        }
        return true;
    }

    private void tag(byte tag) {
        room(1);
        buffer[position++] = tag;
    }

    /** Adds a number: four bytes, high byte first. */
    void number(int n) {
        room(Integer.BYTES);
        buffer[position++] = (byte) (n >>> 24);
        buffer[position++] = (byte) (n >>> 16);
        buffer[position++] = (byte) (n >>> 8);
        buffer[position++] = (byte) n;
    }

    /**
     * The length of the text in UTF-8, then the text in UTF-8: the bytes a page writes it as. Two
     * texts with the same UTF-8 differ only in unpaired surrogates, which pages write as the same
     * {@code ?}, so they render alike.
     */
    private void text(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        number(utf8.length);
        room(utf8.length);
        if (utf8.length > buffer.length) {
            sha256.update(utf8);
            return;
        }
        System.arraycopy(utf8, 0, buffer, position, utf8.length);
        position += utf8.length;
    }

    private void room(int bytes) {
        if (buffer.length - position < bytes) {
            flush();
        }
    }

    private void flush() {
        sha256.update(buffer, 0, position);
        position = 0;
    }

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor, e);
        }
    }
}
