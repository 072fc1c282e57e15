package org.crp.inventory.provenance;

/**
 * The registry block a MAC address belongs to.
 *
 * @param registry which IEEE registry holds the block
 * @param prefix the block as IEEE writes it ("Assignment"): 6, 7 or 9 upper-case hex digits
 * @param prefixBits 24, 28 or 36
 * @param organisation the registered organisation's name, as IEEE spells it
 */
public record OuiMatch(RegistryKind registry, String prefix, int prefixBits, String organisation) {
}
