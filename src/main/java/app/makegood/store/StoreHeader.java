package app.makegood.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the plain-text header of an unencrypted H2 file ({@code H:2,block:bd,...}) and the header of the chunk it
 * names ({@code chunk:ba,len:f,...}), without opening the store. H2 itself, finding that chunk cut off, silently
 * falls back to an older one: the workbook would open with part of its incidents missing.
 */
final class StoreHeader {
    private static final int BLOCK = 4096;
    private static final int HEADER_BYTES = 512;
    /** H2's chunk footer: the last 128 bytes of a chunk's last block. */
    private static final int FOOTER_BYTES = 128;

    private StoreHeader() {
    }

    /**
     * Whether the last chunk the file's header names ends beyond the end of the file. False when the header
     * cannot be read (H2's own read decides then); a file written after a crash may name an older chunk, which is
     * still in the file.
     */
    static boolean lastChunkCutOff(Path file, long size) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Map<String, String> header = fields(channel, 0);
            if (!"2".equals(header.get("H")) || !header.containsKey("block")) {
                return false;
            }
            long block = Long.parseLong(header.get("block"), 16);
            if ((block + 1) * BLOCK > size) {
                return true;
            }
            Map<String, String> chunk = fields(channel, block * BLOCK);
            if (!chunk.containsKey("chunk") || !chunk.containsKey("len")) {
                return false; // space written over since: H2 finds the newer chunks itself
            }
            return (block + Long.parseLong(chunk.get("len"), 16)) * BLOCK > size;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /**
     * Whether H2 would open this (unencrypted) file at an older version than the newest chunk in it: the newest
     * changes are damaged and H2 silently falls back to what it can read, as far back as an empty workbook. Only
     * for a backup: a backup is written whole, whereas a live file may end in a chunk a crash cut off, which H2
     * rightly drops.
     */
    static boolean newestChunkUnreadable(Path file) {
        long newest = -1;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            for (long block = 2; block * BLOCK < size; block++) {
                // A chunk says its version in its header (start of its first block) and its footer (end of its
                // last block): damage to one of them still leaves the other.
                for (long at : new long[] {block * BLOCK, (block + 1) * BLOCK - FOOTER_BYTES}) {
                    Map<String, String> chunk = fields(channel, at);
                    if (chunk.containsKey("chunk") && chunk.containsKey("version")) {
                        newest = Math.max(newest, Long.parseLong(chunk.get("version"), 16));
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            return true;
        }
        try (org.h2.mvstore.MVStore store = new org.h2.mvstore.MVStore.Builder().fileName(file.toString())
                .readOnly().open()) {
            return store.getCurrentVersion() < newest;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** The {@code key:value,...} fields of the first line at {@code position}. */
    private static Map<String, String> fields(FileChannel channel, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES);
        channel.read(buffer, position);
        String line = new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1).split("\n", 2)[0];
        Map<String, String> fields = new HashMap<>();
        for (String field : line.split(",")) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                fields.put(field.substring(0, colon), field.substring(colon + 1).strip());
            }
        }
        return fields;
    }
}
