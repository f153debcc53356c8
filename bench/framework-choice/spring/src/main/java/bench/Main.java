package bench;

import bench.core.Engine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.util.Map;

/** Spring Boot 3.5 / spring-boot-starter-web (Tomcat), @RestController, Boot's Jackson. */
@SpringBootApplication
public class Main {
    public static void main(String[] args) {
        SpringApplication.run(Main.class, args);
    }

    @Bean
    Engine engine() {
        return Engine.createDefault();
    }

    @RestController
    static class Api {
        private final Engine engine;

        Api(Engine engine) {
            this.engine = engine;
        }

        @GetMapping("/health")
        Engine.Health health() {
            return Engine.OK;
        }

        @PostMapping("/events")
        ResponseEntity<?> event(@RequestHeader(value = "Authorization", required = false) String auth,
                                @RequestBody Engine.Event e) {
            if (engine.authenticate(auth) == null) {
                return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "unauthorized"));
            }
            String err = Engine.validate(e);
            if (err != null) {
                return ResponseEntity.badRequest().body(Map.of("error", err));
            }
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(engine.accept(e));
        }

        @GetMapping("/invoices/{id}/preview")
        Engine.Preview preview(@PathVariable("id") String id) {
            return engine.preview(id);
        }
    }
}
