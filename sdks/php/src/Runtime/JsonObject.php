<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * A JSON object: string keys, in insertion order.
 *
 * Plain PHP arrays cannot stand in for JSON objects: they turn the key "1"
 * into the integer 1, and `[]` cannot say whether it means `{}` or `[]`.
 * This class keeps every key a string and is always encoded as `{...}`.
 *
 * @implements \IteratorAggregate<string, mixed>
 */
final class JsonObject implements \Countable, \IteratorAggregate
{
    /**
     * Keys are stored the PHP way (an integer-like key becomes an int) and
     * cast back to string on the way out; the cast is exact for such keys.
     *
     * @var array<array-key, mixed>
     */
    private array $members = [];

    /**
     * @param iterable<array-key, mixed> $members Initial members, in order.
     */
    public function __construct(iterable $members = [])
    {
        foreach ($members as $key => $value) {
            $this->set((string) $key, $value);
        }
    }

    /**
     * Adds a member, or replaces the value of an existing one in place.
     */
    public function set(string $key, mixed $value): self
    {
        $this->members[$key] = $value;

        return $this;
    }

    /**
     * Whether a member with this key exists (its value may be null).
     */
    public function has(string $key): bool
    {
        return array_key_exists($key, $this->members);
    }

    /**
     * The member's value, or null when the key is absent.
     */
    public function get(string $key): mixed
    {
        return $this->members[$key] ?? null;
    }

    /**
     * Removes a member if it exists.
     */
    public function remove(string $key): self
    {
        unset($this->members[$key]);

        return $this;
    }

    /**
     * A new object with the members named in $keys that exist, in that order.
     *
     * @param list<string> $keys
     */
    public function pick(array $keys): self
    {
        $picked = new self();
        foreach ($keys as $key) {
            if ($this->has($key)) {
                $picked->set($key, $this->get($key));
            }
        }

        return $picked;
    }

    /**
     * The keys, in order.
     *
     * @return list<string>
     */
    public function keys(): array
    {
        return array_map(strval(...), array_keys($this->members));
    }

    public function count(): int
    {
        return count($this->members);
    }

    /**
     * @return \Generator<string, mixed>
     */
    public function getIterator(): \Generator
    {
        foreach ($this->members as $key => $value) {
            yield (string) $key => $value;
        }
    }
}
