#!/usr/bin/env python3
"""Host-side peer for the Linux boot test's network check (sw/guest/init.c).

Speaks the UDP netdev convention (QEMU's and virt64's `-netdev socket,udp=`): one
Ethernet frame per datagram. Waits for the guest's broadcast frame with EtherType
0x88B5 and payload "virt64-guest: frame from eth0", then answers the sender's
address with a frame to the guest's MAC, EtherType 0x88B5, payload "hello from the
host". Other frames are printed and ignored. Exit status: 0 after the exchange,
1 on timeout, 2 on a bad frame from the guest. With --replies N it answers N
such frames, the n-th with payload "hello from the host #n".

Usage: net_peer.py [--port PEERPORT] [--ports-file FILE] [--timeout SECONDS] [--replies N]
  --port 0 (the default) binds an ephemeral port. --ports-file writes
  "PEERPORT GUESTPORT" once the socket is bound: GUESTPORT is a port that was
  free a moment ago, for the emulator's localaddr=.
"""
import argparse
import os
import socket
import sys
import time

ETHERTYPE = 0x88B5
GUEST_PAYLOAD = b"virt64-guest: frame from eth0"
REPLY_PAYLOAD = b"hello from the host"
MIN_FRAME = 60  # Ethernet minimum without FCS; the guest stops at the first NUL


def mac_text(b):
    return ":".join("%02x" % x for x in b)


def free_udp_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--ports-file")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--replies", type=int, default=1)
    args = ap.parse_args()

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", args.port))
    port = sock.getsockname()[1]
    if args.ports_file:
        guest_port = free_udp_port()
        while guest_port == port:
            guest_port = free_udp_port()
        tmp = args.ports_file + ".tmp"
        with open(tmp, "w") as f:
            f.write("%d %d\n" % (port, guest_port))
        os.replace(tmp, args.ports_file)  # readers never see half a file
    print("net_peer: listening on 127.0.0.1:%d" % port, flush=True)

    deadline = time.monotonic() + args.timeout
    replied = 0
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            print("net_peer: FAIL: no frame with EtherType 0x%04x within %g s"
                  % (ETHERTYPE, args.timeout), flush=True)
            return 1
        sock.settimeout(left)
        try:
            frame, sender = sock.recvfrom(65536)
        except socket.timeout:
            continue
        if len(frame) < 14:
            print("net_peer: ignored a %d-byte datagram from %s:%d (no Ethernet header)"
                  % (len(frame), sender[0], sender[1]), flush=True)
            continue
        dst, src = frame[0:6], frame[6:12]
        ethertype = int.from_bytes(frame[12:14], "big")
        payload = frame[14:]
        print("net_peer: frame from %s:%d: %d bytes, dst %s src %s type 0x%04x payload %r"
              % (sender[0], sender[1], len(frame), mac_text(dst), mac_text(src),
                 ethertype, bytes(payload)), flush=True)
        if ethertype != ETHERTYPE:
            continue  # e.g. something the guest kernel sent on its own
        if payload.rstrip(b"\0") != GUEST_PAYLOAD:
            print("net_peer: FAIL: payload is not %r" % GUEST_PAYLOAD, flush=True)
            return 2
        if dst != b"\xff" * 6:
            print("net_peer: FAIL: destination is not broadcast", flush=True)
            return 2
        if src[0] & 1:
            print("net_peer: FAIL: source MAC is a multicast address", flush=True)
            return 2
        # Source: a locally administered unicast address standing for the host.
        replied += 1
        text = REPLY_PAYLOAD + (b" #%d" % replied if args.replies > 1 else b"")
        reply = src + bytes([0x02, 0x00, 0x00, 0x00, 0x00, 0x01]) + \
            ETHERTYPE.to_bytes(2, "big") + text
        reply += b"\0" * max(0, MIN_FRAME - len(reply))
        sock.sendto(reply, sender)
        print("net_peer: ok: replied %d bytes to %s:%d (dst %s, payload %r)"
              % (len(reply), sender[0], sender[1], mac_text(src), text), flush=True)
        if replied >= args.replies:
            return 0


if __name__ == "__main__":
    sys.exit(main())
