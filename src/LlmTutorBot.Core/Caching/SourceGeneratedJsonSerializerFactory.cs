using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Caching.Hybrid;

namespace LlmTutorBot.Core.Caching;

/// <summary>
/// Serializes the HybridCache entries of the types a source-generated <see cref="JsonSerializerContext"/> knows,
/// without reflection; a feature registers one per context.
/// </summary>
public sealed class SourceGeneratedJsonSerializerFactory(JsonSerializerContext context) : IHybridCacheSerializerFactory
{
    public bool TryCreateSerializer<T>([NotNullWhen(true)] out IHybridCacheSerializer<T>? serializer)
    {
        serializer = context.GetTypeInfo(typeof(T)) is JsonTypeInfo<T> typeInfo ? new Serializer<T>(typeInfo) : null;
        return serializer is not null;
    }

    private sealed class Serializer<T>(JsonTypeInfo<T> typeInfo) : IHybridCacheSerializer<T>
    {
        public T Deserialize(ReadOnlySequence<byte> source)
        {
            var reader = new Utf8JsonReader(source);
            return JsonSerializer.Deserialize(ref reader, typeInfo)!;
        }

        public void Serialize(T value, IBufferWriter<byte> target)
        {
            using var writer = new Utf8JsonWriter(target);
            JsonSerializer.Serialize(writer, value, typeInfo);
        }
    }
}
