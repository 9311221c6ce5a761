"""The PHP partials (JSON writer and reader, byte encodings, secrets, percent-encoding) pass
conformance/vectors/primitives.json, called inside the generated files that carry them.

There is no PHP runtime any more: each format's file holds the helpers it needs. This test loads
a few generated files (sdks/php and the golden records, so that each JSON profile, byte
encoding, secret encoding and percent rule of the case file has one), calls their private
helpers and checks every case that one of them covers. A missing php skips locally and fails in
CI.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VECTORS = ROOT / "conformance" / "vectors" / "primitives.json"
GENERATED = (
    ROOT / "sdks" / "php" / "src",
    ROOT / "tests" / "golden" / "expected" / "sdks" / "php" / "src",
)
HARNESS = r"""<?php

declare(strict_types=1);

// Checks the helpers of generated files against conformance/vectors/primitives.json.
// Usage: php primitives.php PRIMITIVES.json FOLDER_OF_GENERATED_FILES

foreach (glob($argv[2] . '/*.php') as $file) {
    require_once $file;
}

/** Calls a private static helper of a generated class. */
function call(string $class, string $method, mixed ...$args): mixed
{
    return Closure::bind(fn () => self::$method(...$args), null, "Embedseal\\$class")();
}

/** The error code a call fails with, or its result. */
function attempt(string $class, string $method, mixed ...$args): mixed
{
    try {
        return call($class, $method, ...$args);
    } catch (Throwable $error) {
        return 'error:' . ($error->errorCode ?? get_class($error));
    }
}

$cases = json_decode((string) file_get_contents($argv[1]));
$failed = 0;
$total = 0;
$check = function (bool $passed, string $id, mixed $got) use (&$failed, &$total): void {
    $total++;
    if (!$passed) {
        $failed++;
        echo "FAIL $id: got " . json_encode($got) . "\n";
    }
};

// Which generated file writes each JSON profile: separators, ASCII only, sorted keys.
$writers = [
    ',|:|0|0' => 'LookerSignedUrl',
    ',|:|1|0' => 'TinybirdJwt',
    ',|:|1|1' => 'GoldenClaims',
    ', |: |1|0' => 'PapermapIframe',
    ', |: |0|0' => 'GoldenLines',
];
foreach ($cases->json_parse as $case) {
    $got = attempt('TinybirdJwt', 'parse', $case->text);
    $refused = is_string($got) && str_starts_with($got, 'error:');
    $check($case->valid ? !$refused : $got === 'error:malformed', $case->id, $got);
}
foreach ($cases->json_encode as $case) {
    $p = $case->profile;
    $flags = (int) $p->ascii_only . '|' . (int) $p->sort_keys;
    $profile = "$p->item_separator|$p->key_separator|$flags";
    if (isset($writers[$profile])) {
        $got = attempt($writers[$profile], 'json', json_decode($case->value_json));
        $check($got === $case->expected, $case->id, $got);
    }
}

// Byte encodings: [file, encoder (null: the stdlib's), canonical decoder].
$encodings = [
    'base64url-nopad' => ['TinybirdJwt', 'base64url', 'fromBase64url'],
    'base64url' => ['PapermapIframe', 'base64urlPadded', 'fromBase64urlPadded'],
    'base64' => ['LookerSignedUrl', null, 'fromBase64'],
    'hex' => ['PapermapIframe', null, 'fromHex'],
];
foreach ($cases->bytes_encode as $case) {
    [$class, $encoder, $decoder] = $encodings[$case->encoding];
    $bytes = (string) hex2bin($case->bytes_hex);
    if ($encoder !== null) {
        $got = call($class, $encoder, $bytes);
        $check($got === $case->text, "$case->id (encode)", $got);
    }
    $got = attempt($class, $decoder, $case->text);
    $check($got === $bytes, "$case->id (decode)", $got);
}
foreach ($cases->bytes_decode_invalid as $case) {
    [$class, , $decoder] = $encodings[$case->encoding];
    $got = attempt($class, $decoder, $case->text);
    $check($got === 'error:malformed', $case->id, $got);
}

// Secrets: [file, its shortest key]; a shorter key is weak there.
$secrets = [
    'utf8' => ['TinybirdJwt', 1],
    'base64url' => ['EmbedsealV1', 32],
    'hex' => ['GoldenClaims', 16],
    'base64' => ['GoldenLines', 16],
];
foreach ($cases->secrets as $case) {
    [$class, $minimum] = $secrets[$case->encoding];
    $got = attempt($class, 'key', $case->text);
    if (!isset($case->bytes_hex)) {
        $check($got === "error:$case->error", $case->id, $got);
    } elseif (strlen((string) hex2bin($case->bytes_hex)) < $minimum) {
        $check($got === 'error:weak_key', $case->id, $got);
    } else {
        $check(bin2hex((string) $got) === $case->bytes_hex, $case->id, $got);
    }
}

// Percent-encoding: which file has each rule (safe characters, space).
$rules = ["-_.!~*'()|%20" => 'LookerSignedUrl', '-_.~|+' => 'GoldenLines'];
foreach ($cases->percent_encode as $case) {
    $class = $rules["$case->safe|$case->space"] ?? null;
    if ($class !== null) {
        $got = call($class, 'percent', $case->text);
        $check($got === $case->expected, $case->id, $got);
    }
}
foreach ($cases->percent_decode as $case) {
    if (!$case->plus_is_space) {
        $got = attempt('LookerSignedUrl', 'percentDecode', $case->text);
        $check($got === ($case->expected ?? "error:$case->error"), $case->id, $got);
    }
}
echo "$total checked, $failed failed\n";
exit($failed === 0 ? 0 : 1);
"""


def test_php_partials_pass_primitives(tmp_path: Path) -> None:
    php = shutil.which("php")
    if php is None:
        if os.environ.get("CI") == "true":
            pytest.fail("php is not on PATH")
        pytest.skip("php is not on PATH")
    files = tmp_path / "src"
    files.mkdir()
    for folder in GENERATED:
        for source in folder.glob("*.php"):
            shutil.copy(source, files / source.name)
    harness = tmp_path / "primitives.php"
    harness.write_text(HARNESS, encoding="utf-8")
    done = subprocess.run(
        [php, str(harness), str(VECTORS), str(files)], capture_output=True, text=True, check=False
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    found = re.search(r"^(\d+) checked, 0 failed$", output, re.MULTILINE)
    assert found is not None and int(found.group(1)) > 150, output
