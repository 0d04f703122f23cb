#!/usr/bin/env python3
"""Check a Wallet Witness redacted copy: python3 verify-redaction.py [folder]

Python 3.8+, standard library only. Exit status 0 when every check passes, 1 otherwise.
The scheme (ww-salted-parts-1) is described in the project's README, "Redacted copies".
"""
import hashlib, json, os, struct, sys, zlib


def canonical(v):
    # RFC 8785 for the values a record holds, as the extension computes it (lib/evidence/chain.ts).
    if isinstance(v, dict):
        return '{' + ','.join(json.dumps(k, ensure_ascii=False) + ':' + canonical(v[k]) for k in sorted(v)) + '}'
    if isinstance(v, list):
        return '[' + ','.join(canonical(x) for x in v) + ']'
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return json.dumps(v, ensure_ascii=False)


def sha(b):
    return hashlib.sha256(b).digest()


def read_png(data):
    """RGBA bytes of an 8-bit, non-interlaced RGB or RGBA PNG."""
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    pos, idat, ihdr = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            ihdr = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat.append(body)
        elif kind == b'IEND':
            break
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = ihdr
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise ValueError('unsupported PNG (needs 8-bit RGB/RGBA, not interlaced)')
    bpp = 4 if ctype == 6 else 3
    raw, stride = zlib.decompress(b''.join(idat)), w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 1:
            for i in range(bpp, stride): line[i] = (line[i] + line[i - bpp]) & 255
        elif f == 2:
            for i in range(stride): line[i] = (line[i] + prev[i]) & 255
        elif f == 3:
            for i in range(stride): line[i] = (line[i] + ((line[i - bpp] if i >= bpp else 0) + prev[i]) // 2) & 255
        elif f == 4:
            for i in range(stride):
                a, b, c = (line[i - bpp] if i >= bpp else 0), prev[i], (prev[i - bpp] if i >= bpp else 0)
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        elif f != 0:
            raise ValueError('bad PNG filter')
        rows.append(bytes(line)); prev = line
    if bpp == 3:
        rows = [b''.join(r[i:i + 3] + b'\xff' for i in range(0, stride, 3)) for r in rows]
    return w, h, rows


def check_text(entry, data):
    placeholder, leaves, pos = entry['placeholder'].encode('utf-8'), [], 0
    for i, p in enumerate(entry['parts']):
        if p.startswith('s:'):
            _, salt, n = p.split(':'); n = int(n)
            leaves.append(sha(bytes.fromhex(salt) + data[pos:pos + n])); pos += n
        else:
            if data[pos:pos + len(placeholder)] != placeholder:
                return None, 'part %d: placeholder expected at byte %d' % (i, pos)
            leaves.append(bytes.fromhex(p[2:])); pos += len(placeholder)
    if pos != len(data):
        return None, 'the file is longer than its parts'
    return leaves, None


def check_image(entry, data):
    w, h, rows = read_png(data)
    if (w, h) != (entry['width'], entry['height']):
        return None, 'image is %dx%d, the record says %dx%d' % (w, h, entry['width'], entry['height'])
    t, cols, leaves = entry['tile'], -(-w // entry['tile']), []
    for i, p in enumerate(entry['tiles']):
        if p.startswith('h:'):
            leaves.append(bytes.fromhex(p[2:])); continue
        x, y = (i % cols) * t, (i // cols) * t
        tile = b''.join(rows[r][x * 4:min(x + t, w) * 4] for r in range(y, min(y + t, h)))
        leaves.append(sha(bytes.fromhex(p[2:]) + tile))
    return leaves, None


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(folder, 'redaction.json'), encoding='utf-8') as f:
        red = json.load(f)
    rec, ok = red['record'], True
    body = {k: v for k, v in rec.items() if k != 'digest'}
    digest = hashlib.sha256(canonical(body).encode('utf-8')).hexdigest()
    if digest != rec['digest']:
        print('FAILED record %s: digest %s, computed %s' % (rec['id'], rec['digest'], digest)); return 1
    meta = rec.get('meta')
    if 'metaCommit' in rec:
        # Newer records commit to their content: metaCommit = SHA-256 of {attachment, meta, salt}.
        content = red.get('content') or {}
        meta = content.get('meta')
        seal = {'attachment': content.get('attachment'), 'meta': meta, 'salt': content.get('salt')}
        if hashlib.sha256(canonical(seal).encode('utf-8')).hexdigest() != rec['metaCommit']:
            print('FAILED record %s: its content does not give the committed metaCommit' % rec['id']); return 1
    print('OK     record #%d %s, digest %s (compare with the bundle)' % (rec['seq'], rec['id'], digest))
    commits = {c['file']: c for c in ((meta or {}).get('commitments') or {}).get('files', [])}
    arts = {a['name']: a for a in rec['artifacts']}
    for entry in red['files']:
        name, c = entry['file'], commits.get(entry['file'])
        if not c or arts.get(name, {}).get('sha256') != entry['original']['sha256']:
            print('FAILED %s: not committed in the record' % name); ok = False; continue
        with open(os.path.join(folder, name), 'rb') as f:
            data = f.read()
        try:
            leaves, why = (check_text if c['kind'] == 'text' else check_image)(entry, data)
        except (ValueError, zlib.error, struct.error, IndexError, TypeError) as e:
            leaves, why = None, str(e)
        count = c['parts'] if c['kind'] == 'text' else -(-c['width'] // c['tile']) * -(-c['height'] // c['tile'])
        if leaves is not None and (len(leaves) != count or sha(b''.join(leaves)).hex() != c['root']):
            why = 'a part kept is not the original (root does not match)'
        if why:
            print('FAILED %s: %s' % (name, why)); ok = False
        else:
            print('OK     %s: %d of %d parts kept unchanged, %d taken out' % (name, count - entry['redacted'], count, entry['redacted']))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
