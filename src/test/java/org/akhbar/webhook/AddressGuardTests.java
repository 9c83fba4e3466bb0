package org.akhbar.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

/** Which addresses a webhook may not reach without an administrator's say-so (literal addresses: no DNS). */
class AddressGuardTests {

    private final AddressGuard guard = new AddressGuard();

    private static boolean isPrivate(String literal) throws Exception {
        return AddressGuard.isPrivate(InetAddress.getByName(literal));
    }

    @Test
    void loopbackAndUnspecifiedAreRefused() throws Exception {
        assertThat(isPrivate("127.0.0.1")).isTrue();
        assertThat(isPrivate("127.8.9.10")).isTrue();
        assertThat(isPrivate("::1")).isTrue();
        assertThat(isPrivate("0.0.0.0")).isTrue();
        assertThat(isPrivate("::")).isTrue();
    }

    @Test
    void privateNetworksAreRefused() throws Exception {
        assertThat(isPrivate("10.1.2.3")).isTrue();
        assertThat(isPrivate("172.16.0.1")).isTrue();
        assertThat(isPrivate("172.31.255.254")).isTrue();
        assertThat(isPrivate("192.168.1.1")).isTrue();
        assertThat(isPrivate("100.64.0.1")).isTrue();
        assertThat(isPrivate("fd12:3456::1")).isTrue();
    }

    @Test
    void linkLocalIncludingCloudMetadataAndMulticastAreRefused() throws Exception {
        assertThat(isPrivate("169.254.169.254")).isTrue();
        assertThat(isPrivate("fe80::1")).isTrue();
        assertThat(isPrivate("224.0.0.1")).isTrue();
        assertThat(isPrivate("ff02::1")).isTrue();
        assertThat(isPrivate("255.255.255.255")).isTrue();
    }

    @Test
    void anIpv4AddressWrappedInIpv6IsJudgedByWhatItWraps() throws Exception {
        assertThat(AddressGuard.isPrivate(InetAddress.getByAddress(
                new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 0, 0, 1}))).isTrue();
    }

    @Test
    void publicAddressesPass() throws Exception {
        assertThat(isPrivate("93.184.216.34")).isFalse();
        assertThat(isPrivate("172.32.0.1")).isFalse();
        assertThat(isPrivate("100.128.0.1")).isFalse();
        assertThat(isPrivate("2606:4700::1111")).isFalse();
    }

    @Test
    void onlyHttpAndHttpsAddressesWithAHostAreAccepted() {
        assertThat(guard.refusal("ftp://93.184.216.34/x", false)).hasValue("webhooks.error.url");
        assertThat(guard.refusal("/relative/path", false)).hasValue("webhooks.error.url");
        assertThat(guard.refusal("http://exa mple.com/", false)).hasValue("webhooks.error.url");
        assertThat(guard.refusal("https://93.184.216.34/hook", false)).isEmpty();
    }

    @Test
    void aPrivateAddressPassesOnlyWhenAllowed() {
        assertThat(guard.refusal("http://127.0.0.1:9/hook", false)).hasValue("webhooks.error.url-private");
        assertThat(guard.refusal("http://[::1]:9/hook", false)).hasValue("webhooks.error.url-private");
        assertThat(guard.refusal("http://localhost:9/hook", false)).hasValue("webhooks.error.url-private");
        assertThat(guard.refusal("http://127.0.0.1:9/hook", true)).isEmpty();
    }
}
