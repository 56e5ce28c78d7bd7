using System.Reflection;
using System.Runtime.CompilerServices;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Tests.Conventions;

/// <summary>Walks every public type of the library and checks the decisions of DESIGN.md that reflection can see.</summary>
public class PublicApiConventionsTests
{
    private static readonly Assembly Library = typeof(VietnameseText).Assembly;

    private static readonly Type[] ForbiddenTypes = [typeof(DateTime), typeof(DateTimeOffset), typeof(double), typeof(float)];

    public static TheoryData<Type> PublicTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void Library_ExportsTypes()
    {
        Assert.NotEmpty(Library.GetExportedTypes());
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_LivesInTheNamespaceOfItsFolder(Type type)
    {
        Assert.StartsWith("PartyWork.Domain", type.Namespace, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicSignatures_UseNoDateTimeNorBinaryFloatingPoint(Type type)
    {
        var offenders = new List<string>();
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var member in type.GetMembers(flags))
        {
            var types = member switch
            {
                PropertyInfo p => [p.PropertyType],
                FieldInfo f => [f.FieldType],
                MethodBase m => m.GetParameters().Select(p => p.ParameterType)
                    .Concat(m is MethodInfo mi ? [mi.ReturnType] : []),
                _ => Enumerable.Empty<Type>(),
            };
            offenders.AddRange(types.Where(Mentions).Select(t => $"{member.Name}: {t.Name}"));
        }

        Assert.True(offenders.Count == 0, $"{type.FullName} exposes {string.Join(", ", offenders)}");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicStruct_IsReadOnly(Type type)
    {
        if (!type.IsValueType || type.IsEnum)
        {
            return;
        }

        Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute), inherit: false), $"{type.FullName} must be a readonly struct");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void EquatableType_DeclaresEqualityOperators(Type type)
    {
        var equatable = typeof(IEquatable<>).MakeGenericType(type);
        if (type.IsEnum || type.IsInterface || type.IsGenericTypeDefinition || !equatable.IsAssignableFrom(type))
        {
            return;
        }

        Assert.NotNull(type.GetMethod("op_Equality", [type, type]));
        Assert.NotNull(type.GetMethod("op_Inequality", [type, type]));
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void ComparableType_ImplementsNonGenericComparableToo(Type type)
    {
        var comparable = typeof(IComparable<>).MakeGenericType(type);
        if (type.IsEnum || type.IsInterface || type.IsGenericTypeDefinition || !comparable.IsAssignableFrom(type))
        {
            return;
        }

        Assert.True(typeof(IComparable).IsAssignableFrom(type), $"{type.FullName} implements IComparable<T> but not IComparable");
    }

    private static bool Mentions(Type type)
    {
        if (ForbiddenTypes.Contains(type))
        {
            return true;
        }

        if (type.HasElementType)
        {
            return Mentions(type.GetElementType()!);
        }

        return type.IsGenericType && type.GetGenericArguments().Any(Mentions);
    }
}
