package io.harmsway.ops.support.plans;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The SQL reads the application sends to the database while it serves an HTTP request, each with the
 * parameters it was sent with, so that they can be explained exactly ({@link ReadStatement#explain}).
 * Only {@code bench/plans} and the plan test add it to the application (as a bean: it is a
 * {@link BeanPostProcessor} that wraps every {@link DataSource}, and a servlet {@link Filter}, first of
 * all, that marks the thread serving a request while {@link #during} runs). Statements of other threads
 * (Axon's processors polling the token and event store, Quartz, the sweep, the sealer) are never
 * recorded: what is left is what a request waits for, the access checks and the bearer-token lookup
 * included. Statements that are not reads (the access log's event append) are not recorded either.
 */
public final class ReadRecorder implements BeanPostProcessor, Filter, Ordered {

    private static final ThreadLocal<Boolean> SERVING = ThreadLocal.withInitial(() -> false);

    private final ConcurrentLinkedQueue<ReadStatement> recorded = new ConcurrentLinkedQueue<>();
    private volatile boolean recording;

    /**
     * Runs {@code requests} (which should send HTTP requests to the application, one at a time) and answers
     * every read the application sent to serve them, in order, repeats included.
     */
    public synchronized List<ReadStatement> during(Requests requests) throws Exception {
        recorded.clear();
        recording = true;
        try {
            requests.send();
        } finally {
            recording = false;
        }
        List<ReadStatement> reads = new ArrayList<>(recorded);
        recorded.clear();
        return reads;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SERVING.set(recording);
        try {
            chain.doFilter(request, response);
        } finally {
            SERVING.remove();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE; // before Spring Security, whose token lookup is a read of every request
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (method, args) -> {
                Object answer = method.invoke(dataSource, args);
                return answer instanceof Connection connection ? recording(connection) : answer;
            });
        }
        return bean;
    }

    private Connection recording(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            Object answer = method.invoke(connection, args);
            if (answer instanceof PreparedStatement prepared && method.getName().equals("prepareStatement")) {
                return recording(prepared, (String) args[0]);
            }
            if (answer instanceof Statement statement && method.getName().equals("createStatement")) {
                return recording(statement);
            }
            return answer;
        });
    }

    /** Keeps the parameters as they are set, and records them with the statement when it is executed. */
    private PreparedStatement recording(PreparedStatement statement, String sql) {
        Map<Integer, ReadStatement.Parameter> parameters = new TreeMap<>();
        return proxy(PreparedStatement.class, statement, (method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, new ReadStatement.Parameter(method, args.clone()));
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            } else if (name.startsWith("execute") && (args == null || args.length == 0)) {
                record(sql, List.copyOf(parameters.values()));
            }
            return method.invoke(statement, args);
        });
    }

    private Statement recording(Statement statement) {
        return proxy(Statement.class, statement, (method, args) -> {
            if (method.getName().startsWith("execute") && args != null && args.length >= 1 && args[0] instanceof String sql) {
                record(sql, List.of());
            }
            return method.invoke(statement, args);
        });
    }

    private void record(String sql, List<ReadStatement.Parameter> parameters) {
        if (SERVING.get() && isRead(sql)) {
            recorded.add(new ReadStatement(sql, parameters));
        }
    }

    private static boolean isRead(String sql) {
        String start = sql.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("select") || start.startsWith("with") && !start.matches("(?s).*\\b(insert|update|delete)\\b.*");
    }

    /** A proxy of {@code target} that answers {@code equals}, {@code hashCode} and the JDBC unwrapping itself. */
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "unwrap", "isWrapperFor" -> invoke(method, target, args);
            default -> {
                try {
                    yield call.on(method, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        };
        return type.cast(Proxy.newProxyInstance(ReadRecorder.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Requests sent to the application, one at a time. */
    @FunctionalInterface
    public interface Requests {
        void send() throws Exception;
    }

    @FunctionalInterface
    private interface Call {
        Object on(Method method, Object[] args) throws Throwable;
    }
}
