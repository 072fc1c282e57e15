package org.crp.inventory.network;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crp.inventory.device.IpAddress;

/** An allowlist of destinations: CIDR blocks (IPv4 or IPv6) and exact host names. */
public final class Destinations {

    private record Block(byte[] network, int prefix) {
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<String> hosts = new ArrayList<>();

    public Destinations(List<String> entries) {
        for (String entry : entries) {
            String text = entry.strip();
            int slash = text.indexOf('/');
            String ip = slash < 0 ? IpAddress.normalize(text) : IpAddress.normalize(text.substring(0, slash));
            if (ip == null) {
                hosts.add(text.toLowerCase(Locale.ROOT));
            } else {
                byte[] address = bytes(ip);
                int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1));
                blocks.add(new Block(address, prefix));
            }
        }
    }

    public boolean allows(String destination) {
        String ip = IpAddress.normalize(destination);
        if (ip == null) {
            return hosts.contains(destination.strip().toLowerCase(Locale.ROOT));
        }
        byte[] address = bytes(ip);
        return blocks.stream().anyMatch(b -> b.network().length == address.length && samePrefix(b.network(), address, b.prefix()));
    }

    private static boolean samePrefix(byte[] network, byte[] address, int prefix) {
        int bits = network.length * 8;
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
        return new BigInteger(1, network).and(mask).equals(new BigInteger(1, address).and(mask));
    }

    private static byte[] bytes(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress(); // a literal: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
