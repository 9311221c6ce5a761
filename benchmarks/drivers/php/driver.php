<?php

// The PHP driver of `nox -s bench`: the published files (pasted into gen/), the baseline
// (Baseline.php) and the raw HMAC; no JWT library (Packagist is not a registry served here).
//
// Usage: php driver.php ROUNDS BATCH_MS (reads inputs.json: the YAML examples); prints the
// lines of the protocol in benchmarks/speed.py. CPU time: getrusage(), user + system.

declare(strict_types=1);

require __DIR__ . '/Baseline.php';
foreach (glob(__DIR__ . '/gen/*.php') as $file) {
    require $file;
}

use Bench\Baseline;
use Embedseal\LookerSignedUrl;
use Embedseal\PapermapIframe;
use Embedseal\TinybirdJwt;

function cpu_nanos(): float
{
    $usage = getrusage();
    return (($usage['ru_utime.tv_sec'] + $usage['ru_stime.tv_sec']) * 1e6
        + $usage['ru_utime.tv_usec'] + $usage['ru_stime.tv_usec']) * 1e3;
}

function batch(callable $fn, int $size): float
{
    $began = cpu_nanos();
    for ($i = 0; $i < $size; $i++) {
        $fn();
    }
    return cpu_nanos() - $began;
}

function calibrate(callable $fn, float $batchMs): int
{
    $target = $batchMs * 1e6;
    for ($size = 1;; $size *= 2) {
        $spent = batch($fn, $size);
        if ($spent >= $target / 4 || $size >= 1 << 24) {
            return max(1, (int) ($size * $target / max($spent, 1)));
        }
    }
}

/** @param list<array{string, string, string, callable}> $all */
function measure(array $all, int $rounds, float $batchMs): void
{
    $sizes = [];
    for ($pass = 0; $pass < 2; $pass++) { // the second pass runs warm
        foreach ($all as $i => $s) {
            $sizes[$i] = calibrate($s[3], $batchMs);
        }
    }
    $results = array_fill(0, count($all), []);
    for ($round = 0; $round < $rounds; $round++) {
        for ($step = 0; $step < count($all); $step++) {
            $i = ($step + $round) % count($all);
            $results[$i][] = batch($all[$i][3], $sizes[$i]) / $sizes[$i];
        }
    }
    foreach ($all as $i => [$format, $op, $impl]) {
        echo 'cpu ', $format, ' ', $op, ' ', $impl, ' ', implode(' ', array_map(fn ($v) => sprintf('%.1f', $v), $results[$i])), "\n";
    }
}

function same(string $format, string $what, mixed $generated, mixed $other): void
{
    if ($generated != $other) {
        fwrite(STDERR, "$format: the $what differs from the generated code's:\n" . var_export($other, true) . "\n" . var_export($generated, true) . "\n");
        exit(2);
    }
}

[, $rounds, $batchMs] = $argv;
$inputs = json_decode(file_get_contents('inputs.json'), true, 512, JSON_THROW_ON_ERROR);
echo "clock process CPU time (getrusage, user + system)\n";
echo "lib tinybird-jwt none\n";
$all = [];

// tinybird-jwt
['secret' => $tbSecret, 'now' => $now, 'fields' => $tbFields] = $inputs['tinybird-jwt'];
$signed = TinybirdJwt::sign($tbFields, $tbSecret, $now);
echo 'out tinybird-jwt token ', $signed['token'], "\n";
echo 'out tinybird-jwt url ', $signed['url'], "\n";
same('tinybird-jwt', "baseline's token and URL", [$signed['token'], $signed['url']], Baseline::tinybirdSign($tbFields, $tbSecret, $now));
same('tinybird-jwt', "baseline's claims", TinybirdJwt::verify($signed['token'], $tbSecret, $now), Baseline::tinybirdVerify($signed['token'], $tbSecret, $now));
$tbMessage = Baseline::tinybirdMessage($tbFields, $now);
same('tinybird-jwt', 'raw HMAC', $signed['signature'], Baseline::base64url(hash_hmac('sha256', $tbMessage, $tbSecret, true)));
$tbToken = $signed['token'];
$all[] = ['tinybird-jwt', 'sign', 'generated', fn () => TinybirdJwt::sign($tbFields, $tbSecret, $now)];
$all[] = ['tinybird-jwt', 'sign', 'baseline', fn () => Baseline::tinybirdSign($tbFields, $tbSecret, $now)];
$all[] = ['tinybird-jwt', 'verify', 'generated', fn () => TinybirdJwt::verify($tbToken, $tbSecret, $now)];
$all[] = ['tinybird-jwt', 'verify', 'baseline', fn () => Baseline::tinybirdVerify($tbToken, $tbSecret, $now)];
$all[] = ['tinybird-jwt', 'mac', 'hmac', fn () => hash_hmac('sha256', $tbMessage, $tbSecret, true)];

// papermap-iframe
['secret' => $pmSecret, 'now' => $pmNow, 'fields' => $pmFields] = $inputs['papermap-iframe'];
$pmSigned = PapermapIframe::sign($pmFields, $pmSecret, $pmNow);
echo 'out papermap-iframe token ', $pmSigned['token'], "\n";
echo 'out papermap-iframe url ', $pmSigned['url'], "\n";
same('papermap-iframe', "baseline's token and URL", [$pmSigned['token'], $pmSigned['url']], Baseline::papermapSign($pmFields, $pmSecret, $pmNow));
same('papermap-iframe', "baseline's claims", PapermapIframe::verify($pmSigned['token'], $pmSecret, $pmNow), Baseline::papermapVerify($pmSigned['token'], $pmSecret, $pmNow));
$pmMessage = Baseline::papermapMessage($pmFields, $pmNow);
same('papermap-iframe', 'raw HMAC', $pmSigned['signature'], hash_hmac('sha256', $pmMessage, $pmSecret));
$pmToken = $pmSigned['token'];
$all[] = ['papermap-iframe', 'sign', 'generated', fn () => PapermapIframe::sign($pmFields, $pmSecret, $pmNow)];
$all[] = ['papermap-iframe', 'sign', 'baseline', fn () => Baseline::papermapSign($pmFields, $pmSecret, $pmNow)];
$all[] = ['papermap-iframe', 'verify', 'generated', fn () => PapermapIframe::verify($pmToken, $pmSecret, $pmNow)];
$all[] = ['papermap-iframe', 'verify', 'baseline', fn () => Baseline::papermapVerify($pmToken, $pmSecret, $pmNow)];
$all[] = ['papermap-iframe', 'mac', 'hmac', fn () => hash_hmac('sha256', $pmMessage, $pmSecret, true)];

// looker-signed-url
['secret' => $lkSecret, 'now' => $lkNow, 'fields' => $lkFields, 'random' => $random] = $inputs['looker-signed-url'];
$nonce = (string) hex2bin($random);
$randomBytes = fn (int $count): string => substr($nonce, 0, $count);
$lkSigned = LookerSignedUrl::sign($lkFields, $lkSecret, $lkNow, $randomBytes);
echo 'out looker-signed-url url ', $lkSigned['url'], "\n";
same('looker-signed-url', "baseline's URL", $lkSigned['url'], Baseline::lookerSign($lkFields, $lkSecret, $lkNow, $nonce));
same('looker-signed-url', "baseline's claims", LookerSignedUrl::verify($lkSigned['url'], $lkSecret, $lkNow), Baseline::lookerVerify($lkSigned['url'], $lkSecret, $lkNow));
$lkMessage = Baseline::lookerMessage($lkFields, $lkNow, $nonce);
same('looker-signed-url', 'raw HMAC', $lkSigned['signature'], base64_encode(hash_hmac('sha1', $lkMessage, $lkSecret, true)));
$lkUrl = $lkSigned['url'];
$all[] = ['looker-signed-url', 'sign', 'generated', fn () => LookerSignedUrl::sign($lkFields, $lkSecret, $lkNow, $randomBytes)];
$all[] = ['looker-signed-url', 'sign', 'baseline', fn () => Baseline::lookerSign($lkFields, $lkSecret, $lkNow, $nonce)];
$all[] = ['looker-signed-url', 'verify', 'generated', fn () => LookerSignedUrl::verify($lkUrl, $lkSecret, $lkNow)];
$all[] = ['looker-signed-url', 'verify', 'baseline', fn () => Baseline::lookerVerify($lkUrl, $lkSecret, $lkNow)];
$all[] = ['looker-signed-url', 'mac', 'hmac', fn () => hash_hmac('sha1', $lkMessage, $lkSecret, true)];

measure($all, (int) $rounds, (float) $batchMs);
