<?php

/**
 * Checks the PHP runtime against conformance/vectors/primitives.json.
 *
 * Usage: php run_primitives.php [RUNTIME_DIR] [PRIMITIVES_JSON]
 *
 * Both default to their places in the embedseal repository. Prints one line
 * per failing case, then "N passed, M failed"; exits non-zero on a failure.
 */

declare(strict_types=1);

use Embedseal\Runtime\Json;
use Embedseal\Tests\PrimitiveChecks;

error_reporting(E_ALL);
set_error_handler(static function (int $severity, string $message, string $file, int $line): never {
    throw new ErrorException($message, 0, $severity, $file, $line);
});

$repo = dirname(__DIR__, 3);
$namespaces = [
    'Embedseal\\Runtime\\' => $argv[1] ?? "$repo/generator/templates/php/runtime",
    'Embedseal\\Tests\\' => __DIR__,
];
$vectorsPath = $argv[2] ?? "$repo/conformance/vectors/primitives.json";

spl_autoload_register(static function (string $class) use ($namespaces): void {
    foreach ($namespaces as $prefix => $directory) {
        if (str_starts_with($class, $prefix)) {
            require $directory . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';

            return;
        }
    }
});

$vectors = Json::parse((string) file_get_contents($vectorsPath));
$passed = 0;
$failed = 0;
foreach ($vectors as $section => $cases) {
    if (!is_array($cases)) {
        continue;
    }
    foreach ($cases as $case) {
        $failure = PrimitiveChecks::check($section, $case);
        if ($failure === null) {
            $passed++;
            continue;
        }
        $failed++;
        echo "FAIL $section/{$case->get('id')}: $failure\n";
    }
}

echo "$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
