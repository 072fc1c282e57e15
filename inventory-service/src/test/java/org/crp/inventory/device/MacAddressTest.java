package org.crp.inventory.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MacAddressTest {

    @Test
    void everyCommonNotationIsStoredInOne() {
        for (String raw : new String[] { "44:19:b6:0a:0B:cc", " 44:19:B6:0A:0B:CC ", "44-19-b6-0a-0b-cc", "4419.b60a.0bcc",
                "4419B60A0BCC" }) {
            assertEquals("44:19:B6:0A:0B:CC", MacAddress.normalize(raw), raw);
        }
    }

    @Test
    void anythingElseIsNoMac() {
        for (String raw : new String[] { "", "44:19:B6:0A:0B", "44:19:B6:0A:0B:CG", "44:19:B6-0A:0B:CC", "44:19:B6:0A:0B:C\u0661",
                "44:19:B6:0A:0B:\uFF21C", "44:19:B6:0A:0B:CC:DD", "4419b60a0bc" }) {
            assertNull(MacAddress.normalize(raw), raw);
        }
        assertNull(MacAddress.normalize(null));
    }
}
