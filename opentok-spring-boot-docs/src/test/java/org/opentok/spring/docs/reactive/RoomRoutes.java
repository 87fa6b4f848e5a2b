package org.opentok.spring.docs.reactive;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

// tag::reactive-routes[]
@Configuration(proxyBeanMethods = false)
class RoomRoutes {

	@Bean
	RouterFunction<ServerResponse> roomRouter(RoomHandler rooms) {
		return RouterFunctions.route().POST("/rooms", rooms::createRoom).build();
	}

}
// end::reactive-routes[]
