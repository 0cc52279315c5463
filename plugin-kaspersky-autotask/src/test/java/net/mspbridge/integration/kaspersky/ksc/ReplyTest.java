package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Reading whole replies as the server writes them (fixtures under ksc/replies). */
class ReplyTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private Reply read(String fixture, String container, List<JsonNode> items) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ksc/replies/" + fixture);
                JsonParser parser = mapper.createParser(in)) {
            return Reply.read(parser, "Test.Method", 200, container, items::add);
        }
    }

    @Test
    void streamsTheItemsOfAChunkUnwrappedAndKeepsOnlyTheSmallFields() throws IOException {
        List<JsonNode> items = new ArrayList<>();

        Reply reply = read("get-items-chunk.json", "pChunk", items);

        assertThat(reply.items()).isEqualTo(3);
        assertThat(reply.fields().fieldNames()).toIterable().containsExactly("PxgRetVal");
        assertThat(items).extracting(item -> KscHost.of(item).displayName())
                .containsExactly("CONTOSO-WKS-001", "CONTOSO-WKS-003", "CONTOSO-DC01");
        assertThat(KscHost.of(items.get(2))).isEqualTo(new KscHost("8d3c5f7e-0c1a-4b7e-9a51-2f6a11c0a003",
                "CONTOSO-DC01", "Microsoft Windows Server 2022 Standard", 0x8000));
    }

    @Test
    void readsIteratorPagesWithTheirEndFlag() throws IOException {
        List<JsonNode> items = new ArrayList<>();

        Reply reply = read("get-next-items-keys.json", "pData", items);

        assertThat(reply.flag("bEOF")).isTrue();
        assertThat(items).extracting(item -> LicenceKey.of(item).serial())
                .containsExactly("KL-C-0001-CONTOSO", "KL-S-0002-CONTOSO", "KL-T-0003-CONTOSO", "KL-C-0004-CONTOSO");
    }

    @Test
    void readsVirtualServersFromTheReturnValue() throws IOException {
        Reply reply = read("get-vservers.json", null, new ArrayList<>());

        List<String> names = new ArrayList<>();
        reply.field("PxgRetVal").orElseThrow()
                .forEach(item -> names.add(KscValues.text(KscValues.unwrap(item), "KLVSRV_DN").orElseThrow()));
        assertThat(names).containsExactly("Contoso", "Fabrikam", "Northwind Traders");
    }

    @Test
    void turnsAPxgErrorIntoACallFailure() {
        assertThatThrownBy(() -> read("pxg-error.json", null, new ArrayList<>()))
                .isInstanceOfSatisfying(KscCallException.class, e -> {
                    assertThat(e.method()).isEqualTo("Test.Method");
                    assertThat(e.errorCode()).hasValue(1184);
                    assertThat(e.serverMessage()).hasValue("Virtual server not found");
                });
    }

    @Test
    void findsAPxgErrorThatFollowsItems() {
        List<JsonNode> items = new ArrayList<>();

        assertThatThrownBy(() -> read("error-after-items.json", "pChunk", items))
                .isInstanceOf(KscCallException.class)
                .hasMessageContaining("Accessor not found");
    }

    @Test
    void refusesAnAnswerThatIsNotAnObject() throws IOException {
        try (JsonParser parser = mapper.createParser("[1, 2]")) {
            assertThatThrownBy(() -> Reply.read(parser, "Test.Method", 200, null, item -> { }))
                    .isInstanceOf(KscCallException.class)
                    .hasMessageContaining("no Open API result");
        }
    }
}
